/** Types for html-encoding-sniffer (jsdom's implementation of the HTML encoding sniffing algorithm). */
declare module 'html-encoding-sniffer' {
  /** Answers the canonical name of the encoding (`UTF-8`, `windows-1252`…) from a BOM, the transport label, a <meta> in the first 1024 bytes, or `defaultEncoding`. */
  export default function sniffEncoding(
    bytes: Uint8Array,
    options?: { xml?: boolean; transportLayerEncodingLabel?: string; defaultEncoding?: string }
  ): string
}
