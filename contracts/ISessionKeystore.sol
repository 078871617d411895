// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

/// @title ISessionKeystore
/// @notice The on-chain half of three-party session keys for private AI inference.
/// A User, a Miner and an Oracle agree on one symmetric session key. This contract
/// registers X25519 / hybrid public keys, orders the protocol, carries every public
/// message as an event and records the outcome. It never sees a secret: agents do all
/// secret computation off chain and confirm by key-hash attestation.
///
/// Two methods, chosen per session:
/// - `Method.Combined` (Method 1): combined ECDH with commitment sharing. Commit, then
///   reveal ephemeral keys, then publish partials, then attest. Contributory.
/// - `Method.Coordinator` (Method 2): a coordinator (any role) HPKE-wraps 32 random bytes
///   to the two others, then all attest. With the user as coordinator `open` carries the
///   wraps, so the session takes two rounds.
///
/// Byte layouts (commitment preimage, transcript, derivations) are specified in
/// docs/PROTOCOL.md. Role sets in events and views are bitmaps: bit `1 << uint8(role)`.
/// @author SessionKeystore contributors
interface ISessionKeystore {
    // ---------------------------------------------------------------------------------
    // Types
    // ---------------------------------------------------------------------------------

    /// @notice A party of a session. The ordinal is part of the wire format.
    enum Role {
        User,
        Miner,
        Oracle
    }

    /// @notice How the session key is established.
    enum Method {
        Combined,
        Coordinator
    }

    /// @notice The cryptographic suite of a session, and of a registered key.
    /// X25519: 32-byte X25519 keys; Method 2 wraps with HPKE DHKEM(X25519, HKDF-SHA256),
    /// HKDF-SHA256, ChaCha20-Poly1305. Hybrid: 1216-byte ML-KEM-768+X25519 (X-Wing) keys;
    /// Method 2 wraps with HPKE MLKEM768-X25519, HKDF-SHA256, ChaCha20-Poly1305.
    /// Method 1 is defined for X25519 only.
    enum Suite {
        X25519,
        Hybrid
    }

    /// @notice The stored phase of a session. Phases only move forward (by ordinal).
    /// `None` means no such session. `Established`, `Failed` and `Expired` end the key
    /// exchange; an `Established` session carries inferences until a party closes it,
    /// and `Closed` is final.
    enum Phase {
        None,
        Committing,
        Revealing,
        Partials,
        Wrapping,
        Attesting,
        Established,
        Failed,
        Expired,
        Closed
    }

    /// @notice Where one inference of an Established session stands.
    enum Step {
        None,
        Requested,
        Answered,
        Judged
    }

    /// @notice Why a session failed.
    /// `AttestationMismatch`: the three attestations were not all equal (set by the contract).
    /// The others are reported by a party through `abort` after an off-chain check failed.
    enum Fault {
        None,
        AttestationMismatch,
        InvalidPublicKey,
        InvalidPartial,
        InvalidWrap,
        Other
    }

    /// @notice Arguments of `open`.
    /// @param miner The account that acts as Miner.
    /// @param oracle The account that acts as Oracle.
    /// @param method The key-establishment method.
    /// @param suite The suite; `Method.Combined` requires `Suite.X25519`.
    /// @param coordinator The Method 2 coordinator; must be `Role.User` for Method 1.
    /// @param phaseTimeout Seconds each phase may last, in [MIN_PHASE_TIMEOUT, MAX_PHASE_TIMEOUT].
    /// @param nonce At least `nonces(msg.sender)` and below 2**64 - 1; normally equal to it.
    /// It makes the session id predictable to the user (Method 2 wraps bind it) and an
    /// `open` replay revert. Nonces only increase: after an open with nonce n,
    /// `nonces(user)` is n + 1, so a nonce skipped (an open that reverted) is never usable
    /// again, and the user's later opens, built for nonces n + 1, n + 2, ..., still succeed.
    /// @param minerKeyVersion Method 2 when the miner is a recipient (not the coordinator):
    /// the version of the miner's registered key of `suite` the user expects the session
    /// to record (the version its wraps, or its check of the keys, were made for). `open`
    /// reverts with `SessionKeystoreKeyVersionMismatch` unless it is the current version.
    /// Otherwise (Method 1, or the miner coordinates) it must be zero.
    /// @param oracleKeyVersion As `minerKeyVersion`, for the oracle.
    /// @param commitment Method 1: the user's commitment; Method 2: must be zero.
    /// @param userKey Method 2 when the user does not coordinate: the user's per-session
    /// public key of `suite`, the wrap recipient key. Otherwise empty.
    /// @param wrapMiner Method 2 with the user as coordinator: the HPKE wrap for the miner.
    /// Otherwise empty.
    /// @param wrapOracle As `wrapMiner`, for the oracle.
    /// @param minerOneTimeKey Method 2 when the miner is a recipient: the number of the
    /// miner's published one-time key the wrap for the miner is sealed to, which `open`
    /// consumes (see "One-time recipient keys" below); 0 to use the miner's registered key.
    /// The key is one of the miner's pool of `suite`: a one-time X25519 key for
    /// `Suite.X25519`, a one-time hybrid key for `Suite.Hybrid`. Must be 0 for Method 1 and
    /// when the miner coordinates. With a one-time key, `minerKeyVersion` must be 0: the
    /// registered key is not used.
    /// @param oracleOneTimeKey As `minerOneTimeKey`, for the oracle.
    // An ABI struct in calldata: slot packing does not apply.
    // solhint-disable-next-line gas-struct-packing
    struct OpenParams {
        address miner;
        address oracle;
        Method method;
        Suite suite;
        Role coordinator;
        uint32 phaseTimeout;
        uint64 nonce;
        uint32 minerKeyVersion;
        uint32 oracleKeyVersion;
        bytes32 commitment;
        bytes userKey;
        bytes wrapMiner;
        bytes wrapOracle;
        uint32 minerOneTimeKey;
        uint32 oracleOneTimeKey;
    }

    /// @notice What `session` returns: the stored state of a session.
    /// @param deadline End of the current phase (unix seconds); after it the session can
    /// only be expired.
    /// @param acted Bitmap of the roles that have acted in the current phase.
    /// @param minerKeyVersion Registered key version of the miner used by Method 2 (0: none).
    /// @param oracleKeyVersion Likewise for the oracle.
    /// @param requests The number of inferences requested so far (the next request number `seq`).
    /// @param verdictsPending Established: the answered inferences the oracle has not judged.
    /// @param verdictDeadline Established: the time of the last answer plus `phaseTimeout`;
    /// until it passes, `close` reverts while `verdictsPending` is not zero.
    // An ABI struct returned in memory: slot packing does not apply.
    // solhint-disable-next-line gas-struct-packing
    struct SessionView {
        address user;
        address miner;
        address oracle;
        Method method;
        Suite suite;
        Role coordinator;
        Phase phase;
        uint64 deadline;
        uint32 phaseTimeout;
        uint8 acted;
        uint32 minerKeyVersion;
        uint32 oracleKeyVersion;
        bytes32[3] commitments;
        bytes32[3] attestations;
        uint64 requests;
        uint64 verdictsPending;
        uint64 verdictDeadline;
    }

    /// @notice A registered public key: its keccak256, its version, whether it is revoked.
    struct KeyRecord {
        bytes32 keyHash;
        uint32 version;
        bool revoked;
    }

    /// @notice One result of `multicall`.
    struct CallResult {
        bool success;
        bytes returnData;
    }

    // ---------------------------------------------------------------------------------
    // Errors
    // ---------------------------------------------------------------------------------

    /// @notice A public key or wrap has the wrong length for its suite, an inference message
    /// is shorter than an envelope, or a one-time key disclosure is neither 32 nor 96 bytes
    /// (`expected` 32).
    error SessionKeystoreInvalidLength(uint256 expected, uint256 actual);
    /// @notice A field that must be empty or zero for this method/coordinator was set,
    /// or one that must be set was empty or zero. `field` names it.
    error SessionKeystoreInvalidField(string field);
    /// @notice Method 1 requested with a suite other than X25519.
    error SessionKeystoreUnsupportedSuite(Method method, Suite suite);
    /// @notice `phaseTimeout` outside [MIN_PHASE_TIMEOUT, MAX_PHASE_TIMEOUT].
    error SessionKeystoreInvalidTimeout(uint32 phaseTimeout);
    /// @notice The user, miner and oracle are not three distinct nonzero accounts.
    error SessionKeystoreInvalidParties(address user, address miner, address oracle);
    /// @notice `OpenParams.nonce` is below `expected`, the user's next nonce `nonces(user)`
    /// (used or skipped before), or is 2**64 - 1.
    error SessionKeystoreInvalidNonce(address user, uint64 expected, uint64 actual);
    /// @notice A Method 2 recipient has no usable registered key of the session's suite.
    error SessionKeystoreKeyNotRegistered(address account, Suite suite);
    /// @notice `open` expected version `expected` of the registered key of `account`
    /// (`OpenParams.minerKeyVersion` / `oracleKeyVersion`) but the registry's current,
    /// active version is `current`: the recipient rotated its key after the user read it.
    /// Re-read the registry (and, for a user-coordinated open, wrap again) and retry.
    error SessionKeystoreKeyVersionMismatch(address account, Suite suite, uint32 expected, uint32 current);
    /// @notice `revokeKey` on a key that is absent or already revoked.
    error SessionKeystoreNoActiveKey(address account, Suite suite);
    /// @notice No session has this id.
    error SessionKeystoreUnknownSession(bytes32 sessionId);
    /// @notice The session is in `current`, the call needs one of `expectedBitmap`
    /// (bit `1 << uint8(phase)`).
    error SessionKeystoreUnexpectedPhase(bytes32 sessionId, Phase current, uint256 expectedBitmap);
    /// @notice The caller is not the account of any role allowed to make this call.
    error SessionKeystoreUnauthorized(bytes32 sessionId, address caller);
    /// @notice The role already acted in this phase.
    error SessionKeystoreAlreadyActed(bytes32 sessionId, Role role);
    /// @notice The current phase's deadline has passed; only `expire` remains.
    error SessionKeystoreDeadlinePassed(bytes32 sessionId, uint64 deadline);
    /// @notice `expire` before the deadline.
    error SessionKeystoreDeadlineNotReached(bytes32 sessionId, uint64 deadline);
    /// @notice A revealed key does not match the role's commitment.
    error SessionKeystoreCommitmentMismatch(bytes32 sessionId, Role role);
    /// @notice A zero commitment, key, partial or attestation, or a disclosed secret whose last
    /// 32 bytes are zero.
    error SessionKeystoreZeroValue(bytes32 sessionId, Role role);
    /// @notice `abort` with `Fault.None` or `Fault.AttestationMismatch`, or an accused
    /// set that is empty, names an unknown role or names the reporter.
    error SessionKeystoreInvalidAccusation(uint8 accused, Fault fault);
    /// @notice `abort` with a fault that cannot arise in this method and phase:
    /// `InvalidPublicKey` in Method 1 before Revealing; `InvalidPartial` outside Method 1
    /// Partials and Attesting; `InvalidWrap` outside Method 2 Attesting. `Other` is
    /// applicable everywhere.
    error SessionKeystoreFaultNotApplicable(bytes32 sessionId, Method method, Phase phase, Fault fault);
    /// @notice `disclose` from a role that never committed in this session: it has no
    /// ephemeral key the exchange used.
    error SessionKeystoreNothingToDisclose(bytes32 sessionId, Role role);
    /// @notice An inference ciphertext is longer than MAX_MESSAGE_LENGTH.
    error SessionKeystoreMessageTooLarge(uint256 length, uint256 max);
    /// @notice `request` named a request number `seq` other than the session's next one.
    error SessionKeystoreUnexpectedSequence(bytes32 sessionId, uint64 expected, uint64 actual);
    /// @notice The inference `seq` is not at the step this call needs.
    error SessionKeystoreUnexpectedStep(bytes32 sessionId, uint64 seq, Step current);
    /// @notice `close` while `pending` answered inferences await the oracle's verdict and
    /// the verdict deadline `verdictDeadline` (the last answer's time plus `phaseTimeout`)
    /// has not passed: a party may not end the session before the oracle could judge.
    error SessionKeystoreVerdictPending(bytes32 sessionId, uint64 pending, uint64 verdictDeadline);
    /// @notice The caller's role does not take this step.
    error SessionKeystoreWrongRole(bytes32 sessionId, Role role);

    // ---------------------------------------------------------------------------------
    // Events
    // ---------------------------------------------------------------------------------

    /// @notice `account` registered (version 1) or rotated to (version > 1) `publicKey`.
    event KeyRegistered(address indexed account, Suite indexed suite, uint32 version, bytes32 keyHash, bytes publicKey);
    /// @notice `account` revoked its key of `suite` at `version`.
    event KeyRevoked(address indexed account, Suite indexed suite, uint32 version);

    /// @notice A session was opened. The user's Method 1 commitment follows as
    /// `Committed`, its Method 2 key as `UserKeyPublished`, user-coordinated wraps as
    /// `KeyWrapped`, all in the same transaction, then `PhaseAdvanced`, then `OracleNamed`.
    event SessionOpened(
        bytes32 indexed sessionId,
        address indexed user,
        address indexed miner,
        address oracle,
        Method method,
        Suite suite,
        Role coordinator,
        uint64 nonce,
        uint32 phaseTimeout,
        uint32 minerKeyVersion,
        uint32 oracleKeyVersion
    );
    /// @notice The session names `oracle`: the last event of `open`, after `PhaseAdvanced`. It
    /// indexes the oracle, which `SessionOpened` (three indexed fields, the most an event has)
    /// cannot, so that an oracle without history finds the sessions that name it by a log
    /// filter on its address, as a miner does by `SessionOpened`'s indexed `miner`.
    event OracleNamed(bytes32 indexed sessionId, address indexed oracle);
    /// @notice The session entered `phase`, which ends at `deadline`.
    event PhaseAdvanced(bytes32 indexed sessionId, Phase phase, uint64 deadline);
    /// @notice Method 1: `role` committed to its ephemeral key.
    event Committed(bytes32 indexed sessionId, Role indexed role, bytes32 commitment);
    /// @notice Method 1: `role` revealed its ephemeral X25519 key; it matched the commitment.
    event Revealed(bytes32 indexed sessionId, Role indexed role, bytes32 ephemeralKey);
    /// @notice Method 1: `role` published its partial (see docs/PROTOCOL.md for whom it is meant).
    event PartialPublished(bytes32 indexed sessionId, Role indexed role, bytes32 partial_);
    /// @notice Method 2: the user's per-session recipient key.
    event UserKeyPublished(bytes32 indexed sessionId, bytes publicKey);
    /// @notice Method 2: the coordinator's HPKE wrap (enc || ciphertext) for `recipient`.
    event KeyWrapped(bytes32 indexed sessionId, Role indexed recipient, bytes wrapped);
    /// @notice `role` attested to the session key.
    event Attested(bytes32 indexed sessionId, Role indexed role, bytes32 attestation);
    /// @notice All three attestations were equal.
    event SessionEstablished(bytes32 indexed sessionId, bytes32 attestation);
    /// @notice The session failed. `culprits` is a role bitmap: for `AttestationMismatch`
    /// the roles outside the majority (all three when there is none); otherwise the roles
    /// `reporter` accused. `reporter` is the aborting role, or, for `AttestationMismatch`,
    /// the role whose attestation completed the comparison (it accuses nobody).
    event SessionFailed(bytes32 indexed sessionId, Fault fault, uint8 culprits, Role reporter);
    /// @notice The session expired in `phase`; `stalled` is the bitmap of the roles that
    /// had not acted in it.
    event SessionExpired(bytes32 indexed sessionId, Phase phase, uint8 stalled);
    /// @notice The user submitted inference `seq` (the request number): its prompt
    /// envelope, sealed under the user's traffic key with the user's traffic counter
    /// (carried in the envelope's first 8 bytes; not `seq`) and bound to `seq`.
    event InferenceRequested(bytes32 indexed sessionId, uint64 indexed seq, bytes ciphertext);
    /// @notice The miner answered inference `seq` (the request number): the answer
    /// envelope, sealed under the miner's traffic key with the miner's traffic counter
    /// (carried in the envelope's first 8 bytes; not `seq`) and bound to `seq` and the
    /// prompt envelope, and a commitment binding prompt and answer (keyed by the session
    /// key: only the parties can check it).
    event InferenceAnswered(bytes32 indexed sessionId, uint64 indexed seq, bytes ciphertext, bytes32 commitment);
    /// @notice The oracle judged inference `seq`; `reason` is a code of docs/PROTOCOL.md
    /// (0 when valid).
    event InferenceJudged(bytes32 indexed sessionId, uint64 indexed seq, bool valid, uint8 reason);
    /// @notice A party closed an Established session: no more inferences; every party
    /// deletes the session key.
    event SessionClosed(bytes32 indexed sessionId, Role role);
    /// @notice Method 1 blame: after the session failed, `role` disclosed the secret
    /// scalar of its ephemeral key, so that anyone can recompute that role's partials and
    /// name the party that lied. The session never established: no key derived from the
    /// exchange ever protected anything, and the secret is useless for anything else.
    event EphemeralDisclosed(bytes32 indexed sessionId, Role indexed role, bytes32 ephemeralSecret);

    // ---------------------------------------------------------------------------------
    // Constants
    // ---------------------------------------------------------------------------------

    /// @notice The largest inference ciphertext `request` and `respond` accept, in bytes.
    function MAX_MESSAGE_LENGTH() external view returns (uint256);
    /// @notice The shortest inference ciphertext `request` and `respond` accept: an
    /// envelope's u64 counter and 16-byte tag, 24 bytes.
    function MIN_MESSAGE_LENGTH() external view returns (uint256);
    /// @notice The largest reason code `judge` accepts (docs/PROTOCOL.md §13.5: 12,
    /// `unavailable`); larger codes are reserved.
    function MAX_REASON() external view returns (uint8);

    /// @notice keccak256("sessionkeystore/v1/commitment"), the first word of a commitment.
    function COMMITMENT_DOMAIN() external view returns (bytes32);
    /// @notice Shortest allowed phase timeout, in seconds.
    function MIN_PHASE_TIMEOUT() external view returns (uint32);
    /// @notice Longest allowed phase timeout, in seconds.
    function MAX_PHASE_TIMEOUT() external view returns (uint32);
    /// @notice Length of a Suite.X25519 public key: 32.
    function X25519_KEY_LENGTH() external view returns (uint256);
    /// @notice Length of a Suite.X25519 HPKE wrap: enc (32) || sealed 32-byte secret (48).
    function X25519_WRAP_LENGTH() external view returns (uint256);
    /// @notice Length of a Suite.Hybrid public key: ML-KEM-768 (1184) || X25519 (32).
    function HYBRID_KEY_LENGTH() external view returns (uint256);
    /// @notice Length of a Suite.Hybrid HPKE wrap: enc (1088 + 32) || sealed secret (48).
    function HYBRID_WRAP_LENGTH() external view returns (uint256);

    // ---------------------------------------------------------------------------------
    // Key registry
    // ---------------------------------------------------------------------------------

    /// @notice Registers the caller's public key of `suite`, or rotates it (version + 1).
    /// A revoked key may be registered again; the version keeps counting.
    /// @param suite X25519 (32 bytes, not all-zero) or Hybrid (1216 bytes: ML-KEM-768
    /// encapsulation key then X25519 key, as serialized by HPKE MLKEM768-X25519; the X25519
    /// part not all-zero). An all-zero X25519 key reverts `SessionKeystoreInvalidField("publicKey")`.
    /// @return version The new version.
    function registerKey(Suite suite, bytes calldata publicKey) external returns (uint32 version);

    /// @notice Revokes the caller's key of `suite`. Sessions already opened keep working
    /// with the version they recorded.
    function revokeKey(Suite suite) external;

    /// @notice The registry record of `account` for `suite`. An account that never
    /// registered a key of `suite` has version 0 (and `keyHash` 0, `revoked` false): a key is
    /// usable only with `version != 0 && !revoked`.
    function keyOf(address account, Suite suite) external view returns (KeyRecord memory);

    // ---------------------------------------------------------------------------------
    // Sessions
    // ---------------------------------------------------------------------------------

    /// @notice Opens a session with the caller as user.
    /// Method 1: phase Committing (the user's commitment is recorded).
    /// Method 2, user coordinates: the wraps are emitted and the phase is Attesting.
    /// Method 2, miner or oracle coordinates: the user's key is emitted, phase Wrapping.
    /// Method 2 recipients' key versions are pinned: reverts with
    /// `SessionKeystoreKeyNotRegistered` for a recipient without an active key of `suite`,
    /// then `SessionKeystoreKeyVersionMismatch` if its active version is not the one in
    /// `p`; a version given for a non-recipient reverts `SessionKeystoreInvalidField`.
    /// A recipient's one-time key (`p.minerOneTimeKey`, `p.oracleOneTimeKey`) is consumed:
    /// `SessionKeystoreOneTimeKeyNotPublished` for a key the recipient never published,
    /// `SessionKeystoreOneTimeKeyUsed` for one already consumed (both in the recipient's pool
    /// of `p.suite`); a one-time key named for a non-recipient, or in Method 1, reverts
    /// `SessionKeystoreInvalidField`, and so does a nonzero key version beside a one-time key. `OneTimeKeysUsed` follows
    /// `SessionOpened` when a one-time key is used.
    /// @return sessionId keccak256(abi.encode(block.chainid, address(this), user, nonce)).
    function open(OpenParams calldata p) external returns (bytes32 sessionId);

    /// @notice Method 1: the miner or oracle joins with its commitment. When both have,
    /// the phase becomes Revealing.
    function join(bytes32 sessionId, bytes32 commitment) external;

    /// @notice Method 1: the caller reveals its ephemeral X25519 key; it must match the
    /// caller's commitment. When all three have, the phase becomes Partials.
    function reveal(bytes32 sessionId, bytes32 ephemeralKey) external;

    /// @notice Method 1: the caller publishes its partial. When all three have, the phase
    /// becomes Attesting.
    function publishPartial(bytes32 sessionId, bytes32 partial_) external;

    /// @notice Method 2: a miner or oracle coordinator posts its two wraps; the phase
    /// becomes Attesting. (A user coordinator passes its wraps to `open` instead.)
    /// @param wrapUser The wrap for the user, sealed to the key of `UserKeyPublished`.
    /// @param wrapOther The wrap for the remaining role (the oracle when the miner
    /// coordinates, the miner when the oracle does), sealed to its registered key of the
    /// version recorded at `open`.
    function distribute(bytes32 sessionId, bytes calldata wrapUser, bytes calldata wrapOther) external;

    /// @notice The caller attests to the session key. When all three have: Established if
    /// all are equal, Failed (AttestationMismatch) otherwise.
    function attest(bytes32 sessionId, bytes32 attestation) external;

    /// @notice A party ends a non-terminal session as Failed after an off-chain check
    /// failed, accusing the roles in `accused` (a bitmap, not including itself).
    /// Reverts, after the common checks: `SessionKeystoreAlreadyActed` in Attesting if the
    /// caller's role has attested; `SessionKeystoreInvalidAccusation` for `Fault.None`,
    /// `Fault.AttestationMismatch`, an empty or unknown accused set or one naming the
    /// caller; `SessionKeystoreFaultNotApplicable` for a fault that cannot arise in the
    /// method and phase; `SessionKeystoreInvalidAccusation` for `InvalidWrap` accusing
    /// anyone but exactly the coordinator.
    function abort(bytes32 sessionId, uint8 accused, Fault fault) external;

    /// @notice Anyone ends a session whose phase deadline has passed as Expired.
    function expire(bytes32 sessionId) external;

    /// @notice Method 1, Failed sessions only: a party that committed discloses the secret
    /// scalar of its ephemeral key (once per role, no deadline); a role that never
    /// committed reverts `SessionKeystoreNothingToDisclose`. The contract cannot check it (it does
    /// no curve arithmetic); anyone can, against the role's reveal or commitment.
    function disclose(bytes32 sessionId, bytes32 ephemeralSecret) external;

    /// @notice The user submits inference `seq` of an Established session: `seq` must be
    /// `session(sessionId).requests`, and `ciphertext` at least MIN_MESSAGE_LENGTH (an
    /// envelope's counter and tag) and at most MAX_MESSAGE_LENGTH bytes.
    function request(bytes32 sessionId, uint64 seq, bytes calldata ciphertext) external;

    /// @notice The miner answers requested inference `seq` (once), with the sealed answer
    /// (MIN_MESSAGE_LENGTH to MAX_MESSAGE_LENGTH bytes) and the commitment binding prompt and answer.
    /// The answer awaits a verdict: the verdict deadline becomes now + `phaseTimeout`.
    function respond(bytes32 sessionId, uint64 seq, bytes calldata ciphertext, bytes32 commitment) external;

    /// @notice The oracle judges answered inference `seq` (once), on-chain or streamed: valid
    /// with `reason` 0, or invalid with a `reason` in [1, MAX_REASON]; otherwise
    /// `SessionKeystoreInvalidField("reason")`.
    function judge(bytes32 sessionId, uint64 seq, bool valid, uint8 reason) external;

    /// @notice A party closes an Established session. Requests not yet answered stay
    /// unanswered. Reverts with `SessionKeystoreVerdictPending` while an answered inference
    /// awaits the oracle's verdict and the verdict deadline (`session(id).verdictDeadline`,
    /// the last answer's time plus `phaseTimeout`) has not passed, so that no party (the
    /// miner in particular) can close before the oracle could judge.
    function close(bytes32 sessionId) external;

    /// @notice Where inference `seq` of a session stands.
    function stepOf(bytes32 sessionId, uint64 seq) external view returns (Step);

    /// @notice Runs each call on this contract with the caller's `msg.sender` (delegatecall
    /// to self). With `allowFailure` false the first failure reverts the batch with its
    /// own error; with true each call's success and data are returned.
    function multicall(bytes[] calldata data, bool allowFailure) external returns (CallResult[] memory results);

    // ---------------------------------------------------------------------------------
    // Views
    // ---------------------------------------------------------------------------------

    /// @notice The least nonce `open` accepts from `user`: one more than the nonce of the
    /// user's last session, 0 before the first.
    function nonces(address user) external view returns (uint64);

    /// @notice The stored state of a session (phase `None` if unknown).
    function session(bytes32 sessionId) external view returns (SessionView memory);

    /// @notice The effective phase: the stored phase, or `Expired` once a non-terminal
    /// phase's deadline has passed.
    function phaseOf(bytes32 sessionId) external view returns (Phase);

    /// @notice The Method 1 commitment the contract checks a reveal against:
    /// keccak256(abi.encode(COMMITMENT_DOMAIN, block.chainid, address(this), sessionId,
    /// role, account, ephemeralKey)).
    function commitmentOf(bytes32 sessionId, Role role, address account, bytes32 ephemeralKey)
        external
        view
        returns (bytes32);

    /// @notice The session id `open` would derive for `user` and `nonce`.
    function sessionIdOf(address user, uint64 nonce) external view returns (bytes32);

    // ---------------------------------------------------------------------------------
    // Off-chain inference: the stream transport (docs/PROTOCOL.md §13.7, §13.8)
    //
    // The prompt and the answer travel directly between the agents as chunked AEAD
    // streams; the chain records fixed-size digests only (keccak256 and size of each
    // stream, and the miner's commitment), so the gas of an inference does not depend on
    // its size. A streamed inference shares the request numbering, the steps, `judge`,
    // the verdict deadline and `close` with the on-chain transport; each request is
    // answered in the transport it was requested in. Parties announce the URL of their
    // endpoint with `announceEndpoint`, so a user finds a miner's from chain data alone.
    // ---------------------------------------------------------------------------------

    /// @notice `respond` on a streamed request, or `respondStream` on an on-chain one.
    /// `streamed` is the transport the request was made in.
    error SessionKeystoreWrongTransport(bytes32 sessionId, uint64 seq, bool streamed);
    /// @notice A stream digest of zero, or a stream shorter than MIN_STREAM_LENGTH.
    error SessionKeystoreInvalidStream(bytes32 sessionId, uint64 seq, uint64 size);
    /// @notice An endpoint URL longer than MAX_ENDPOINT_LENGTH bytes.
    error SessionKeystoreEndpointTooLong(uint256 length, uint256 max);

    /// @notice The user requested inference `seq` over the stream transport: its prompt
    /// stream (sent to the miner's endpoint, never to the chain) has keccak256 `promptHash`
    /// and is `promptSize` bytes long.
    event StreamRequested(bytes32 indexed sessionId, uint64 indexed seq, bytes32 promptHash, uint64 promptSize);
    /// @notice The miner answered streamed inference `seq`: its answer stream has keccak256
    /// `answerHash` and is `answerSize` bytes long; `commitment` binds the two streams
    /// (keyed by the session key: only the parties can check it).
    event StreamAnswered(
        bytes32 indexed sessionId, uint64 indexed seq, bytes32 answerHash, uint64 answerSize, bytes32 commitment
    );
    /// @notice `account` serves its endpoint at `url` from now on (empty: it serves none).
    event EndpointAnnounced(address indexed account, string url);

    /// @notice The shortest stream `requestStream` and `respondStream` accept: a 32-byte
    /// salt and one empty last chunk (a 5-byte frame header and a 16-byte tag), 53 bytes.
    function MIN_STREAM_LENGTH() external view returns (uint256);
    /// @notice The longest endpoint URL `announceEndpoint` accepts, in bytes.
    function MAX_ENDPOINT_LENGTH() external view returns (uint256);

    /// @notice The user requests inference `seq` of an Established session over the
    /// stream transport: `seq` must be `session(sessionId).requests`, `promptHash` not zero
    /// and `promptSize` at least MIN_STREAM_LENGTH. It takes the request number as
    /// `request` does.
    function requestStream(bytes32 sessionId, uint64 seq, bytes32 promptHash, uint64 promptSize) external;

    /// @notice The miner answers streamed inference `seq` (once) with its answer stream's
    /// digest and the commitment. The answer awaits a verdict as `respond`'s does.
    function respondStream(bytes32 sessionId, uint64 seq, bytes32 answerHash, uint64 answerSize, bytes32 commitment)
        external;

    /// @notice Whether inference `seq` was requested over the stream transport.
    function isStreamed(bytes32 sessionId, uint64 seq) external view returns (bool);

    /// @notice The caller announces the URL of its endpoint (at most MAX_ENDPOINT_LENGTH
    /// bytes; empty withdraws it). Only the event records it: the latest announcement of
    /// an account is its endpoint.
    function announceEndpoint(string calldata url) external;

    // ---------------------------------------------------------------------------------
    // One-time recipient keys (Method 2 forward secrecy)
    // ---------------------------------------------------------------------------------
    //
    // A miner or oracle keeps a pool of one-time keys per suite (`publishOneTimeKeys`):
    // one-time X25519 keys (32 bytes) and one-time hybrid keys (1,216 bytes: an ML-KEM-768
    // encapsulation key followed by an X25519 key, as a registered hybrid key; the keys of one
    // hybrid batch share its ML-KEM-768 encapsulation key, published once). A Method 2 `open` names, for each recipient, either one of
    // its published one-time keys of the session's suite, which the session consumes so that
    // no other session can use it, or 0 for the registered (last-resort) key. The recipient
    // key of the wrap is then the one-time key itself (docs/PROTOCOL.md §6.4). Each pool
    // numbers its keys per account from 1 in publication order; key 0 means "none". The key
    // bytes live in the events only; storage keeps one bit per key (set: published and not
    // yet used) and one keccak256 per batch. How many keys a pool holds is told by its last
    // `OneTimeKeysPublished` (firstKey + n - 1): no view repeats it (the runtime code is within
    // bytes of EIP-170's limit).

    /// @notice `publishOneTimeKeys` with a length that is not a 1,184-byte ML-KEM-768
    /// encapsulation key (`Suite.Hybrid` only) followed by 1 to MAX_ONE_TIME_BATCH 32-byte
    /// X25519 keys, or that would number keys beyond 2**32 - 1.
    error SessionKeystoreInvalidBatch(uint256 length);
    /// @notice `open` named one-time key `key` of `account`, which `account` never published.
    error SessionKeystoreOneTimeKeyNotPublished(address account, uint32 key);
    /// @notice `open` named one-time key `key` of `account`, which an earlier session consumed.
    error SessionKeystoreOneTimeKeyUsed(address account, uint32 key);

    /// @notice `account` published one-time keys `firstKey` to `firstKey + n - 1` of its pool
    /// of `suite`, `keys` as published: `Suite.X25519`, x_1 || ... || x_n (n = keys.length / 32);
    /// `Suite.Hybrid`, ek || x_1 || ... || x_n (n = (keys.length - 1184) / 32), key
    /// `firstKey + i - 1` being the 1,216-byte hybrid key ek || x_i (an ML-KEM-768 encapsulation
    /// key shared by the batch, then a one-time X25519 key); `batchHash` is keccak256(keys), as
    /// stored by `oneTimeBatchHash(account, suite, firstKey)`.
    event OneTimeKeysPublished(
        address indexed account, Suite indexed suite, uint32 firstKey, bytes32 batchHash, bytes keys
    );
    /// @notice Method 2: the session consumed the miner's one-time key `minerKey` and the
    /// oracle's `oracleKey` (0: that recipient's registered key, or it coordinates). Emitted
    /// by `open` right after `SessionOpened`, only when one of them is not 0.
    event OneTimeKeysUsed(bytes32 indexed sessionId, uint32 minerKey, uint32 oracleKey);
    /// @notice Method 2 blame: after the session failed, recipient `role` disclosed the
    /// secret of the one-time key the session consumed for it (the user: of its per-session
    /// key), so that anyone can open its wrap and name the party that lied: 32 bytes, the X25519
    /// scalar (`Suite.X25519`) or the seed of the user's per-session hybrid key; or 96 bytes for
    /// a hybrid one-time key, its batch's 64-byte ML-KEM-768 seed then its X25519 scalar
    /// (docs/PROTOCOL.md §6.4). The key was used by this session only, which never established;
    /// the ML-KEM-768 half of a hybrid one-time key is its batch's, which it makes public.
    event OneTimeKeyDisclosed(bytes32 indexed sessionId, Role indexed role, bytes secret);

    /// @notice The most keys one `publishOneTimeKeys` call accepts, of either suite: 256.
    function MAX_ONE_TIME_BATCH() external view returns (uint256);

    /// @notice Publishes one-time keys of `suite` into the caller's pool of that suite: `keys`
    /// is the concatenation of 1 to MAX_ONE_TIME_BATCH 32-byte X25519 keys, for `Suite.Hybrid`
    /// after one 1,184-byte ML-KEM-768 encapsulation key that the batch's keys share (each key is
    /// that encapsulation key followed by its X25519 key); no X25519 key may be all zero
    /// (`SessionKeystoreInvalidField("keys")`).
    /// The contract does no curve arithmetic and parses no ML-KEM key: users check each key
    /// before they use it.
    /// @return firstKey The number of the first key in the pool; the others follow in order.
    function publishOneTimeKeys(Suite suite, bytes calldata keys) external returns (uint32 firstKey);

    /// @notice Method 2, Failed sessions only: a recipient whose one-time key the session
    /// consumed, or the user when it is a recipient (its per-session key is one-time),
    /// discloses that key's secret (once per role, no deadline): 32 bytes, the X25519 scalar or
    /// the user's hybrid seed, or 96 bytes for a hybrid one-time key, the batch's ML-KEM-768
    /// seed then the key's X25519 scalar (see `OneTimeKeyDisclosed`). Reverts
    /// `SessionKeystoreInvalidField("method")` for Method 1, `SessionKeystoreNothingToDisclose`
    /// for a role that used no one-time key (the coordinator, a recipient of its registered key),
    /// `SessionKeystoreInvalidLength(32, length)` for another length, `SessionKeystoreZeroValue`
    /// when the last 32 bytes are zero and `SessionKeystoreAlreadyActed` the second time. Anyone
    /// can check the secret against the published key.
    function discloseOneTimeKey(bytes32 sessionId, bytes calldata secret) external;

    /// @notice Whether one-time key `key` of `account`'s pool of `suite` is published and not
    /// yet consumed.
    function isOneTimeKeyAvailable(address account, Suite suite, uint32 key) external view returns (bool);

    /// @notice keccak256 of the keys of the batch of `account`'s pool of `suite` that starts at
    /// key `firstKey`; zero if no batch starts there.
    function oneTimeBatchHash(address account, Suite suite, uint32 firstKey) external view returns (bytes32);

    /// @notice The bitmap of the roles whose one-time key the session consumed.
    function oneTimeRolesOf(bytes32 sessionId) external view returns (uint8);
}
