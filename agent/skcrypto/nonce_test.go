package skcrypto_test

import (
	"bytes"
	"testing"

	"github.com/sessionkeystore/sessionkeystore/agent/session"
	"github.com/sessionkeystore/sessionkeystore/agent/skcrypto"
)

// TestTrafficCountersGiveDistinctNonces: the traffic nonce is the sender's
// counter (docs/PROTOCOL.md §8), so two messages of one sender with
// different counters must never share a keystream. Seen from outside: the
// same plaintext sealed under counters that differ in any byte gives
// ciphertext bodies that all differ, and for two different plaintexts
// ct1 XOR ct2 is not pt1 XOR pt2 (which a repeated nonce would give, the
// classic two-time pad). A message also opens only under its own counter.
func TestTrafficCountersGiveDistinctNonces(t *testing.T) {
	var th [32]byte
	th[0] = 0x7e
	k, err := skcrypto.DeriveSessionKey(session.ID{1}, bytes.Repeat([]byte{3}, 32), th)
	if err != nil {
		t.Fatal(err)
	}
	tr := k.Traffic()
	pt := bytes.Repeat([]byte("same plaintext, same context. "), 3)
	ctx := []byte("ctx")
	// 0, 1, and a counter in each byte of the u64, plus the largest.
	counters := []uint64{0, 1, 2, 255}
	for i := 1; i < 8; i++ {
		counters = append(counters, 1<<(8*i), 1<<(8*i)+1)
	}
	counters = append(counters, 1<<63, ^uint64(0))
	for _, sender := range session.Roles {
		bodies := map[string]uint64{}
		for _, c := range counters {
			ct, err := tr.Seal(sender, c, pt, ctx)
			if err != nil {
				t.Fatal(err)
			}
			body := string(ct[:len(pt)]) // without the tag, which the AD alone would change
			if prev, dup := bodies[body]; dup {
				t.Fatalf("%v: counters %d and %d encrypt with the same keystream (a repeated nonce)", sender, prev, c)
			}
			bodies[body] = c
			if _, err := tr.Open(sender, c^1, ct, ctx); err == nil {
				t.Fatalf("%v: the message of counter %d opened under counter %d", sender, c, c^1)
			}
		}
		// Two-time pad check on two different plaintexts.
		p1, p2 := bytes.Repeat([]byte{0x00}, 64), bytes.Repeat([]byte{0xff}, 64)
		for i := 1; i < len(counters); i++ {
			a, _ := tr.Seal(sender, counters[i-1], p1, ctx)
			b, _ := tr.Seal(sender, counters[i], p2, ctx)
			xored := make([]byte, 64)
			for j := range xored {
				xored[j] = a[j] ^ b[j]
			}
			if bytes.Equal(xored, bytes.Repeat([]byte{0xff}, 64)) {
				t.Fatalf("%v: counters %d and %d reuse a keystream", sender, counters[i-1], counters[i])
			}
		}
	}
}
