// Package chain is the agents' RPC-facing layer: it sends transactions
// reliably and delivers a contract's logs reliably, knowing nothing of what
// the transactions or logs mean. Each piece declares the few client
// methods it needs (SenderBackend, SourceBackend); *ethclient.Client and
// the simulated backend's client satisfy both.
//
// # Sending
//
// A Sender, in the shape of optimism's op-service/txmgr, takes a Candidate
// (recipient, calldata, optional gas limit and value) and owns everything
// else: the account's nonce (read once, then counted locally; re-read
// after any failed broadcast), the gas estimate (a revert there is
// reported as ErrReverted and nothing is sent), EIP-1559 fees (capped by
// SenderConfig.MaxFeeCap), resubmission with fees raised by at least 10%
// while no receipt arrives, and the receipt itself: Send returns only once
// the transaction is mined at the configured depth, with ErrReverted for
// status 0, or with ErrTimeout. Sent is not done.
package chain
