// Package inference is the encrypted inference flow of an Established
// session: the message formats (a prompt and an answer, each sealed under
// its sender's traffic key in an envelope that carries its traffic
// counter), the checks every party makes of the messages on chain
// (Conversation), the miner's work (Serve) and the oracle's policy
// (Assess), the reason codes of verdicts, and the Backend a miner and an
// oracle run prompts on, with a built-in deterministic one. The OpenAI
// chat-completions client is in the openai sub-package.
//
// The package is pure apart from the Backend calls: it reads no chain and
// writes no file. The runtime (package agent) feeds it the session's
// inference events and persists the traffic counters before it seals.
package inference
