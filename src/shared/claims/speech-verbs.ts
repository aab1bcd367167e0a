/**
 * The verbs that report speech ("said", "argued", "warned" …), shared by the quotation reader
 * (who said a quotation) and the claim kinds (reported speech is an attribution).
 */
export const speechVerbs =
  'said|says|stated|states|added|adds|noted|notes|told|tells|wrote|writes|argued|argues|warned|warns|' +
  'summarized|summarised|explained|declared|insisted|claimed|called|asked|replied|responded|remarked|' +
  'observed|commented|concluded|acknowledged|admitted|recalled|tweeted|testified|announced|conceded|' +
  'complained|cautioned|predicted|pointed out|emphasized|emphasised|stressed|urged|vowed|described|accused'
