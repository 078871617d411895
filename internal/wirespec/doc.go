// Package wirespec holds no code, only a test: TestWireNumbers pins every
// number and label docs/PROTOCOL.md fixes on the wire (enumeration
// ordinals, role-set bits, reason codes, HPKE suite identifiers, lengths,
// key-schedule and transcript labels) against literals copied from the
// specification, never against the Go constants under test.
package wirespec
