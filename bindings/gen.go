// Package bindings holds the abigen (v2) bindings of SessionKeystore,
// generated from forge's artifact. Never edit sessionkeystore.go by hand:
// run `make bindings` (forge build, then go generate here). `make test`
// fails when the committed files differ from what the contract compiles to.
package bindings

//go:generate node ../tools/artifact.js ../out/SessionKeystore.sol/SessionKeystore.json .
//go:generate go run github.com/ethereum/go-ethereum/cmd/abigen --v2 --abi SessionKeystore.abi --bin SessionKeystore.bin --pkg bindings --type SessionKeystore --out sessionkeystore.go
