console.log('claimcheck CLI: coming soon')
