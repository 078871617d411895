package skcrypto_test

import (
	"bytes"
	"crypto/rand"
	"errors"
	"fmt"

	"github.com/sessionkeystore/sessionkeystore/agent/session"
	"github.com/sessionkeystore/sessionkeystore/agent/skcrypto"
)

// Method 1's agreement: each party publishes one partial, and all three
// reach the same Z = X25519(e_u, X25519(e_m, E_o)) without anyone learning
// it from the public values.
func ExampleX25519() {
	u, _ := skcrypto.GenerateX25519(rand.Reader)
	m, _ := skcrypto.GenerateX25519(rand.Reader)
	o, _ := skcrypto.GenerateX25519(rand.Reader)
	U, M, O := skcrypto.PublicBytes(u), skcrypto.PublicBytes(m), skcrypto.PublicBytes(o)
	pu, _ := skcrypto.X25519(u, M[:]) // the user's partial, used by the oracle
	pm, _ := skcrypto.X25519(m, O[:]) // the miner's, used by the user
	po, _ := skcrypto.X25519(o, U[:]) // the oracle's, used by the miner
	zu, _ := skcrypto.X25519(u, pm[:])
	zm, _ := skcrypto.X25519(m, po[:])
	zo, _ := skcrypto.X25519(o, pu[:])
	fmt.Println("all three agree:", zu == zm && zm == zo)

	_, err := skcrypto.X25519(u, make([]byte, 32)) // a low-order point
	fmt.Println("low-order point rejected:", errors.Is(err, skcrypto.ErrLowOrder))
	// Output:
	// all three agree: true
	// low-order point rejected: true
}

// Method 2's distribution: the coordinator wraps its secret to a
// recipient's registered key, bound to the session and the recipient.
func ExampleWrap() {
	recipient, _ := skcrypto.GenerateRecipientKey(session.Hybrid, rand.Reader)
	secret := bytes.Repeat([]byte{0x5a}, skcrypto.KeySize)
	info := skcrypto.WrapInfo([32]byte{ /* the prewrap transcript hash */ }, session.Oracle)

	wrapped, _ := skcrypto.Wrap(session.Hybrid, recipient.PublicKey(), info, secret)
	got, err := recipient.Unwrap(info, wrapped)
	fmt.Println(len(wrapped), "bytes on chain; unwrapped:", bytes.Equal(got, secret), err)

	_, err = recipient.Unwrap(skcrypto.WrapInfo([32]byte{}, session.Miner), wrapped)
	fmt.Println("claimed by the miner:", errors.Is(err, skcrypto.ErrWrap))
	// Output:
	// 1168 bytes on chain; unwrapped: true <nil>
	// claimed by the miner: true
}

// After establishment each role seals under its own traffic key; the
// associated data binds the session, the sender and the sequence number.
func ExampleTraffic() {
	k, _ := skcrypto.DeriveSessionKey(session.ID{1}, bytes.Repeat([]byte{7}, 32), [32]byte{2})
	t := k.Traffic()
	ct, _ := t.Seal(session.User, 0, []byte("What is 2+2?"), nil)

	pt, err := t.Open(session.User, 0, ct, nil)
	fmt.Printf("%q %v\n", pt, err)
	_, err = t.Open(session.User, 1, ct, nil) // replayed as another message
	fmt.Println("replayed:", errors.Is(err, skcrypto.ErrDecrypt))
	_, err = t.Open(session.Oracle, 0, ct, nil) // claimed by another sender
	fmt.Println("another sender:", errors.Is(err, skcrypto.ErrDecrypt))
	// Output:
	// "What is 2+2?" <nil>
	// replayed: true
	// another sender: true
}
