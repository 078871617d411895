package chain

import (
	"errors"
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/rpc"
)

var (
	// ErrReverted is wrapped by every error reporting that execution
	// reverted: a gas estimate that reverted (nothing was sent) or a mined
	// transaction with receipt status 0. Use errors.As with *RevertError for
	// the details.
	ErrReverted = errors.New("chain: execution reverted")

	// ErrFeeCapExceeded reports that the fees a transaction needs exceed
	// SenderConfig.MaxFeeCap. Returned alone when nothing was sent; joined
	// with ErrTimeout when a sent transaction could not be bumped further
	// and was still not mined when the wait ended.
	ErrFeeCapExceeded = errors.New("chain: fee cap exceeded")

	// ErrTimeout reports that no transaction of a Send was mined (at the
	// configured depth) within SenderConfig.Timeout. The transaction may
	// still be mined later: its nonce is spent or about to be.
	ErrTimeout = errors.New("chain: timed out waiting for the transaction")

	// ErrReplaced reports that the nonce of a Send's transaction was mined
	// by a transaction that is none of the Send's broadcasts (another
	// process sending from the account replaced it): the call was not
	// made and will not be; the caller may make it again.
	ErrReplaced = errors.New("chain: another transaction took the nonce")

	// ErrReorgTooDeep reports that the chain reorganised below the oldest
	// block a Source remembers, so it cannot say which delivered logs were
	// removed. The consumer must rewind its cursor (for example by
	// SourceConfig.ReorgDepth blocks) and start a new Source.
	ErrReorgTooDeep = errors.New("chain: reorg deeper than the source remembers")
)

// RevertError describes a revert. It wraps ErrReverted.
type RevertError struct {
	// TxHash is the mined transaction that reverted; zero when the revert
	// was found by gas estimation and nothing was sent.
	TxHash common.Hash
	// Data is the revert data the node returned with a failed estimate (an
	// ABI-encoded custom error or Error(string)), nil if it gave none. A
	// receipt carries no revert data, so Data is nil when TxHash is set.
	Data []byte
	// Msg is the node's message, or a description of the receipt.
	Msg string
	// Reason is Data as a person reads it (a custom error by name with its
	// arguments), from SenderConfig.DecodeRevert; "" when not decoded.
	Reason string
}

// Error implements error. It includes the revert data in hex: it is the
// contract's public error encoding, never a secret.
func (e *RevertError) Error() string {
	var b strings.Builder
	b.WriteString("chain: ")
	if e.TxHash != (common.Hash{}) {
		fmt.Fprintf(&b, "transaction %s ", e.TxHash)
	}
	b.WriteString("reverted")
	switch {
	case e.Reason != "":
		// The node's message repeats the data, often as raw bytes.
		b.WriteString(": ")
		b.WriteString(e.Reason)
	case e.Msg != "":
		b.WriteString(": ")
		b.WriteString(printable(e.Msg))
	}
	if len(e.Data) > 0 && e.Reason == "" {
		fmt.Fprintf(&b, " (data %s)", hexutil.Encode(e.Data))
	}
	return b.String()
}

// printable drops the control characters (NUL bytes of ABI-encoded
// arguments, among others) some nodes put in their revert messages.
func printable(s string) string {
	return strings.Map(func(r rune) rune {
		if r < 0x20 || r == 0x7f || r == utf8.RuneError {
			return -1
		}
		return r
	}, s)
}

// Unwrap returns ErrReverted.
func (e *RevertError) Unwrap() error { return ErrReverted }

// asRevert recognises an execution revert in an error from eth_estimateGas
// (or eth_call). geth answers with JSON-RPC error code 3, the message
// "execution reverted[: reason]" and the revert data as a hex string; other
// nodes omit the code or the data, so the message is the fallback.
func asRevert(err error) (*RevertError, bool) {
	if err == nil {
		return nil, false
	}
	msg := err.Error()
	var de rpc.DataError
	if errors.As(err, &de) {
		var data []byte
		if s, ok := de.ErrorData().(string); ok {
			data, _ = hexutil.Decode(s)
		}
		if data != nil || strings.Contains(msg, "revert") {
			return &RevertError{Data: data, Msg: de.Error()}, true
		}
	}
	if strings.Contains(msg, "execution reverted") {
		return &RevertError{Msg: msg}, true
	}
	return nil, false
}
