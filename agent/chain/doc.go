// Package chain is the agents' RPC-facing layer: it sends transactions
// reliably and delivers a contract's logs reliably, knowing nothing of what
// the transactions or logs mean. Each piece declares the few client
// methods it needs (SenderBackend, SourceBackend); *ethclient.Client and
// the simulated backend's client satisfy both. Time comes from an injected
// Clock, so tests run on a fake one.
//
// # Sending
//
// A Sender, in the shape of optimism's op-service/txmgr, takes a Candidate
// (recipient, calldata, optional gas limit and value) and owns everything
// else: the account's nonce (the node's pending nonce, read before each
// broadcast, skipping the nonces of its own transactions still waiting, so
// that a nonce the chain took back is used again rather than left as a
// gap), the gas estimate (a revert there is reported as ErrReverted and
// nothing is sent), EIP-1559 fees (capped by SenderConfig.MaxFeeCap),
// resubmission with fees raised by at least 10% while no receipt arrives
// (at once, unchanged, when the node has lost the transaction; a nonce gap
// below it that none of its own transactions holds is filled with empty
// transactions), and the receipt itself: Send returns only once the
// transaction is mined at the configured depth, with ErrReverted for
// status 0, with ErrReplaced when another transaction took its nonce, or
// with ErrTimeout. Sent is not done.
//
// A Tracker shared by a Source and a Sender (SourceConfig.Tracker,
// SenderConfig.Tracker) leaves the Sender little to ask the node beyond
// the broadcast itself: inclusion comes from the logs the Source
// delivers (a receipt is polled for only when no log came within
// TrackerGrace blocks, as for a revert), the base fee from the header it
// read, the tip once per TipMaxAge at most, and the nonce once, kept
// locally and read again only when it may be wrong (see Sender).
//
// # Receiving
//
// A Source delivers the logs of one contract (optionally filtered by
// topic) to a Handler, one Event at a time, from one goroutine. It reads
// from SourceConfig.Start to the head in ranges of at most ChunkSize
// blocks, then follows the chain, woken by a log subscription where the
// client offers one and by polling otherwise. Either way logs are read
// with eth_getLogs over ranges whose last block's hash is checked before
// and after the query, so there is one path for ordering, deduplication
// and reorgs. Following the chain block by block costs one header read
// per block, plus one eth_getLogs by the block's hash (EIP-234, no second
// header read) when its bloom filter says it may hold a log of the
// contract. A notification of the subscription only wakes the Source:
// through a backend that gives its RPC client (*ethclient.Client) none is
// decoded, so the contract's logs are not decoded twice, and one that no
// log decoder would accept neither is lost nor ends the subscription. Its
// guarantees, within one Run:
//
//   - Order: LogAdded events come in (block number, transaction index, log
//     index) order, each with its block's number and hash.
//   - Exactly once: a log is added once; it is added again only after a
//     LogRemoved for it (its block was orphaned and the same log, now in
//     another block, is on the new chain).
//   - Reorgs: the Source remembers the hashes of the blocks it delivered
//     (and their logs) down to ReorgDepth below the newest. When the block
//     it stopped at is no longer canonical, it finds the newest remembered
//     block that is (the fork point), emits LogRemoved for every log it
//     delivered above it, newest first, then BlockDone at the fork point,
//     then the new branch's logs. A reorg is acted on once the node's head
//     is back at or above the last delivered block (so a lagging node is
//     not mistaken for a reorg); below the remembered range, Run returns
//     ErrReorgTooDeep.
//   - Cursor: BlockDone{N, H} says that every log of blocks up to N (on the
//     chain where N has hash H) has been delivered and every log above it
//     removed. Once the consumer has handled the events before it, it may
//     persist (N, H). A new Source with Start N+1 and StartParentHash H
//     then delivers exactly what came after: across a restart, logs after
//     the persisted cursor are delivered again, so handling must be
//     idempotent for them (or persist the cursor with its effects).
//
// RPC failures and lost subscriptions are retried with backoff (and
// SourceConfig.Dial makes a new client), backfilling from the last
// delivered block; they are logged, never returned. Run returns when its
// context ends, when the Handler fails, or on ErrReorgTooDeep, and leaves
// no goroutine behind.
package chain
