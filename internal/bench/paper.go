package bench

import "github.com/ethereum/go-ethereum/core/types"

// The paper minimum of a transaction is the least gas any contract could
// charge for what the transaction must do: carry its calldata, emit the
// events that are the protocol's messages (other parties read them), and
// keep the state without which the contract's checks cannot be made. It is
// the yardstick of issue 15's goal "gas ≤ 1.15 × the paper minimum".
//
// Per transaction:
//
//	21,000
//	+ max(calldata + logs + storage, EIP-7623 floor)
//
// calldata: 4 gas per zero byte and 16 per other (EIP-2028); the EIP-7623
// floor: 10 gas per token, a token per zero byte and four per other; logs:
// 375 + 375 per topic + 8 per data byte for each log the transaction
// emitted (its events are its messages); storage: what paperStorage states
// per call. Memory, hashing, ABI decoding, checks and the calls of a
// batch are left out: a design can shrink them, not the above.
const (
	paperTx          = 21_000
	paperLog         = 375
	paperLogTopic    = 375
	paperLogByte     = 8
	paperZeroByte    = 4
	paperOtherByte   = 16
	paperFloorToken  = 10
	paperNewSlot     = 22_100 // a cold zero slot made non-zero: 20,000 + 2,100 cold access
	paperUpdatedSlot = 5_000  // a cold non-zero slot changed: 2,900 + 2,100 cold access
)

// paperSlots is the storage one call cannot do without.
type paperSlots struct{ New, Updated int }

// paperStorage states, per call, the storage writes the contract's checks
// cannot avoid. A session needs one slot of its own: the open creates it
// (a commitment to the session's parameters, phase and deadline packed in
// one word; later calls present the parameters in calldata and the
// contract checks them against it), and every later step updates it (a
// phase, a commitment or an attestation is folded into it). A key
// registration needs one slot (the key's hash and version), a rotation
// updates it.
var paperStorage = map[string]paperSlots{
	"open":           {New: 1},
	"join":           {Updated: 1},
	"reveal":         {Updated: 1},
	"publishPartial": {Updated: 1},
	"distribute":     {Updated: 1},
	"attest":         {Updated: 1},
	"request":        {Updated: 1},
	"respond":        {Updated: 1},
	"judge":          {Updated: 1},
	"close":          {Updated: 1},
	"abort":          {Updated: 1},
	"expire":         {Updated: 1},
	"disclose":       {Updated: 1},
}

// paperMinimum returns the paper minimum of a transaction with the given
// calldata and logs that made calls of the given kind (one per session it
// served: a batch of k attestations is k calls).
func paperMinimum(calldata []byte, logs []*types.Log, call string, calls int) uint64 {
	var std, tokens uint64
	for _, c := range calldata {
		if c == 0 {
			std += paperZeroByte
			tokens++
		} else {
			std += paperOtherByte
			tokens += 4
		}
	}
	exec := std
	for _, l := range logs {
		exec += paperLog + paperLogTopic*uint64(len(l.Topics)) + paperLogByte*uint64(len(l.Data))
	}
	s := paperStorage[call]
	exec += uint64(calls) * (paperNewSlot*uint64(s.New) + paperUpdatedSlot*uint64(s.Updated))
	return paperTx + max(exec, paperFloorToken*tokens)
}

// paperPerSession averages the paper minimum of the distinct transactions
// of n sessions over them, as summarize does the gas.
func paperPerSession(txs []Tx, n int) float64 {
	var sum float64
	for _, t := range txs {
		sum += float64(t.Paper)
	}
	return sum / float64(max(n, 1))
}
