// Package endpoint is the HTTP endpoint of the stream transport
// (docs/PROTOCOL.md §13.8): the miner's agent serves it, the user's agent
// sends a prompt stream to it and reads the answer stream back as the
// model produces it, and the oracle's agent fetches both streams from it
// to judge. An oracle's agent may serve one too, to which the user
// delivers both streams once their records are on chain: the oracle then
// judges even if the miner withholds them from it.
//
// Only ciphertext crosses it: the streams of §13.7, sealed under the
// session's traffic keys. Every request authenticates with a bearer token
// only the session's parties can compute (skcrypto.SessionKey.EndpointToken),
// checked before any body is read; the endpoint holds one chunk of a
// stream being read in memory, keeps the finished streams (for the
// oracle) within a total bound, serves a bounded number of streams at
// once, and answers a remote address that keeps failing to authenticate
// with 429.
//
// Routes:
//
//	POST /v1/sessions/{id}/requests/{seq}            user: body the prompt stream, response the answer stream
//	GET  /v1/sessions/{id}/requests/{seq}/prompt     user or oracle: the stored prompt stream
//	GET  /v1/sessions/{id}/requests/{seq}/answer     user or oracle: the stored answer stream
//	PUT  /v1/sessions/{id}/requests/{seq}/prompt     user, to an oracle: body the prompt stream, kept if it matches its record
//	PUT  /v1/sessions/{id}/requests/{seq}/answer     user, to an oracle: body the answer stream, kept if it matches its record
//
// A miner's endpoint serves POST and GET, an oracle's PUT and GET.
// with the headers "Authorization: Bearer <64 hex digits of the token>"
// and "Sessionkeystore-Role: user" (or "oracle").
package endpoint

import (
	"errors"
	"fmt"

	"github.com/sessionkeystore/sessionkeystore/agent/skcrypto"
)

// HeaderRole names the role a request authenticates as.
const HeaderRole = "Sessionkeystore-Role"

// Errors a Client returns; each wraps the endpoint's message.
var (
	// ErrUnauthorized: the endpoint knows no active session with this id,
	// or the token is not the role's for the request (HTTP 401).
	ErrUnauthorized = errors.New("endpoint: not authorized")
	// ErrUnavailable: the endpoint does not hold the stream asked for
	// (HTTP 404): not sent yet, or withheld.
	ErrUnavailable = errors.New("endpoint: stream unavailable")
	// ErrRejected: the endpoint refused the request as malformed, too
	// large, a duplicate, or too frequent (HTTP 400, 409, 413, 429).
	ErrRejected = errors.New("endpoint: request rejected")
	// ErrConflict is the ErrRejected of HTTP 409: a request number
	// already served, a stream being delivered, or a delivery whose
	// record the endpoint's agent has not applied yet. It wraps
	// ErrRejected.
	ErrConflict = fmt.Errorf("%w: conflict", ErrRejected)
	// ErrBusy: the endpoint serves as many streams as it may (HTTP 503).
	ErrBusy = errors.New("endpoint: busy")
	// ErrDigestMismatch: a stream is not the one its record on chain
	// names (another hash or size).
	ErrDigestMismatch = errors.New("endpoint: stream does not match its record")
)

// Limits bound what an endpoint accepts and keeps.
type Limits struct {
	// MaxPrompt and MaxAnswer bound a stream's plaintext, in bytes.
	MaxPrompt, MaxAnswer int64
	// MaxStored bounds the bytes of finished streams kept for the oracle.
	MaxStored int64
	// MaxConcurrent bounds the prompts being served at once.
	MaxConcurrent int
	// FailuresPerMinute is how many failed requests a remote address may
	// make in a minute before it gets 429 (Too Many Requests).
	FailuresPerMinute int
}

// DefaultLimits are 4 MiB per stream, 256 MiB kept, 64 streams at once and
// 30 failures a minute per address.
var DefaultLimits = Limits{MaxPrompt: 4 << 20, MaxAnswer: 4 << 20, MaxStored: 256 << 20, MaxConcurrent: 64, FailuresPerMinute: 30}

// Check reports a limit that is not positive.
func (l Limits) Check() error {
	if l.MaxPrompt <= 0 || l.MaxAnswer <= 0 || l.MaxStored <= 0 || l.MaxConcurrent <= 0 || l.FailuresPerMinute <= 0 {
		return errors.New("endpoint: every limit must be positive")
	}
	return nil
}

// streamBound is the most bytes on the wire of a stream of n plaintext
// bytes cut into the fewest chunks... plus slack for short chunks: a
// writer that flushes per token may send many short chunks, so the bound
// allows one frame per 16 plaintext bytes.
func streamBound(n int64) int64 {
	const frame = 5 + 16
	return skcrypto.StreamSaltSize + frame + n + (n/16+1)*frame
}

// Verify checks a stream against its record: keccak256 and size.
func Verify(stream []byte, record [32]byte, size uint64) error {
	if uint64(len(stream)) != size {
		return ErrDigestMismatch
	}
	if keccak(stream) != record {
		return ErrDigestMismatch
	}
	return nil
}
