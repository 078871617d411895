// Package skcrypto is the cryptographic suite of the session keystore
// protocol: X25519 agreement with all-zero rejection, HPKE key wrapping for
// the X25519 and hybrid ML-KEM-768+X25519 suites, the transcript encoding and
// hash, the commitment the contract checks, the labelled HKDF key schedule,
// attestations, and the per-sender traffic AEAD.
//
// Every function here is deterministic given its inputs and the randomness
// passed in, with one exception: HPKE encapsulation draws its ephemeral key
// from crypto/rand inside crypto/hpke (tests fix it with
// testing/cryptotest.SetGlobalRandom). Nothing here does I/O.
//
// The byte layouts are normative and specified in docs/PROTOCOL.md.
package skcrypto
