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
// recipient's public key, bound to the session and to the recipient.
func ExampleWrap() {
	recipient, _ := skcrypto.GenerateRecipientKey(session.X25519, rand.Reader)
	secret := make([]byte, skcrypto.KeySize)
	rand.Read(secret)
	prewrap := [32]byte{ /* CoordinatorTranscript.PrewrapHash() */ }
	info := skcrypto.WrapInfo(prewrap, session.Oracle)

	wrapped, _ := skcrypto.Wrap(session.X25519, recipient.PublicKey(), info, secret)
	got, err := recipient.Unwrap(info, wrapped)
	fmt.Println("wrap:", len(wrapped), "bytes")
	fmt.Println("recovered:", len(got), "bytes, equal:", bytes.Equal(got, secret), err)

	_, err = recipient.Unwrap(skcrypto.WrapInfo(prewrap, session.Miner), wrapped)
	fmt.Println("claimed for the miner:", errors.Is(err, skcrypto.ErrWrap))
	// Output:
	// wrap: 80 bytes
	// recovered: 32 bytes, equal: true <nil>
	// claimed for the miner: true
}

// After establishment each role seals under its own traffic key; the
// associated data binds the session, the sender and its traffic counter.
func ExampleTraffic() {
	k, _ := skcrypto.DeriveSessionKey(session.ID{1}, bytes.Repeat([]byte{7}, 32), [32]byte{2})
	t := k.Traffic()
	ct, _ := t.Seal(session.User, 0, []byte("What is 2+2?"), nil)

	pt, err := t.Open(session.User, 0, ct, nil)
	fmt.Printf("%q %v\n", pt, err)
	_, err = t.Open(session.User, 1, ct, nil) // opened with another counter
	fmt.Println("another counter:", errors.Is(err, skcrypto.ErrDecrypt))
	_, err = t.Open(session.Oracle, 0, ct, nil) // claimed by another sender
	fmt.Println("another sender:", errors.Is(err, skcrypto.ErrDecrypt))
	// Output:
	// "What is 2+2?" <nil>
	// another counter: true
	// another sender: true
}
