// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {ISessionKeystore} from "./ISessionKeystore.sol";

/// @title SessionKeystore
/// @notice Registers X25519 / hybrid public keys and orders the three-party session-key
/// protocol of docs/PROTOCOL.md: Method 1 (commit, reveal, partials) and Method 2
/// (coordinator wraps), both ending in key-hash attestation.
///
/// What it does NOT do: it never sees or checks a secret, performs no elliptic-curve
/// arithmetic (it cannot check partials or wraps, only their lengths), makes no external
/// calls, holds no ether and has no owner or upgrade path. Revealed keys, partials, wraps
/// and the user's per-session key live in events only; storage keeps what the contract
/// itself must check.
///
/// Check order for every session call: the session exists, its phase allows the call,
/// the phase deadline has not passed, the caller holds an allowed role, that role has not
/// acted in this phase, then the call's own checks. Then effects, then events.
/// @author SessionKeystore contributors
contract SessionKeystore is ISessionKeystore {
    // ---------------------------------------------------------------------------------
    // Constants
    // ---------------------------------------------------------------------------------

    /// @inheritdoc ISessionKeystore
    bytes32 public constant COMMITMENT_DOMAIN = keccak256("sessionkeystore/v1/commitment");
    /// @inheritdoc ISessionKeystore
    uint32 public constant MIN_PHASE_TIMEOUT = 10;
    /// @inheritdoc ISessionKeystore
    uint32 public constant MAX_PHASE_TIMEOUT = 30 days;
    /// @inheritdoc ISessionKeystore
    uint256 public constant X25519_KEY_LENGTH = 32;
    /// @inheritdoc ISessionKeystore
    uint256 public constant X25519_WRAP_LENGTH = 80;
    /// @inheritdoc ISessionKeystore
    uint256 public constant HYBRID_KEY_LENGTH = 1216;
    /// @inheritdoc ISessionKeystore
    uint256 public constant HYBRID_WRAP_LENGTH = 1168;
    /// @inheritdoc ISessionKeystore
    uint256 public constant MAX_MESSAGE_LENGTH = 16_384;
    /// @inheritdoc ISessionKeystore
    uint256 public constant MIN_MESSAGE_LENGTH = 24;
    /// @inheritdoc ISessionKeystore
    uint8 public constant MAX_REASON = 12;
    /// @inheritdoc ISessionKeystore
    uint256 public constant MIN_STREAM_LENGTH = 53;
    /// @inheritdoc ISessionKeystore
    uint256 public constant MAX_ENDPOINT_LENGTH = 256;
    /// @inheritdoc ISessionKeystore
    uint256 public constant MAX_ONE_TIME_BATCH = 256;
    /// @dev The length of an ML-KEM-768 encapsulation key (1,184 bytes), the half of a hybrid
    /// key that the keys of one hybrid batch share. No getter: the runtime code is within bytes
    /// of EIP-170's limit.
    uint256 private constant MLKEM_KEY_LENGTH = HYBRID_KEY_LENGTH - X25519_KEY_LENGTH;

    uint8 private constant ALL_ROLES = 0x07;

    // ---------------------------------------------------------------------------------
    // Storage
    // ---------------------------------------------------------------------------------

    /// @dev One session. Slot 0: user, method, suite, coordinator, phase, deadline.
    /// Slot 1: miner, acted, agreed, phaseTimeout, minerKeyVersion,
    /// disclosed (blame of either method), oneTime (the roles whose one-time key the
    /// session consumed). Slot 2: oracle,
    /// oracleKeyVersion, requests. Then the commitments, the first attestation posted,
    /// the attestations that differ from it, and (Established) the answers awaiting a
    /// verdict with the verdict deadline.
    ///
    /// Attestations are stored once: the first one posted goes to `attestation`, and a
    /// later one that equals it only sets its role's bit in `agreed` (in slot 1, which
    /// `acted` writes anyway); only a differing one takes a slot of `divergent`. In the
    /// common case of agreement that saves two cold storage writes per session.
    struct Session {
        address user;
        Method method;
        Suite suite;
        Role coordinator;
        Phase phase;
        uint64 deadline;
        address miner;
        uint8 acted;
        uint8 agreed;
        uint32 phaseTimeout;
        uint32 minerKeyVersion;
        uint8 disclosed;
        uint8 oneTime;
        address oracle;
        uint32 oracleKeyVersion;
        uint64 requests;
        bytes32[3] commitments;
        bytes32 attestation;
        bytes32[3] divergent;
        uint64 verdictsPending;
        uint64 verdictDeadline;
    }

    mapping(address account => mapping(Suite suite => KeyRecord)) private _keys;
    mapping(address user => uint64) private _nonces;
    mapping(bytes32 sessionId => Session) private _sessions;

    /// @dev One inference: its step and its transport, in one slot.
    struct Inference {
        Step step;
        bool streamed;
    }

    mapping(bytes32 sessionId => mapping(uint64 seq => Inference)) private _inferences;

    /// @dev One pool of one-time keys of one account and suite: how many it published; one
    /// bit per key, set while the key is published and unused (key k is bit k % 256 of word
    /// k / 256: a session that consumes a key clears one bit of one slot); keccak256 of each
    /// batch by its first key. Each suite numbers its keys on its own.
    struct OneTimePool {
        uint32 count;
        mapping(uint256 word => uint256 bits) available;
        mapping(uint32 firstKey => bytes32) batches;
    }

    mapping(address account => mapping(Suite suite => OneTimePool)) private _oneTimePools;

    // ---------------------------------------------------------------------------------
    // External updates: key registry
    // ---------------------------------------------------------------------------------

    /// @inheritdoc ISessionKeystore
    function registerKey(Suite suite, bytes calldata publicKey) external returns (uint32 version) {
        _checkKey(suite, publicKey);
        KeyRecord storage k = _keys[msg.sender][suite];
        version = k.version + 1;
        bytes32 keyHash = keccak256(publicKey);
        k.keyHash = keyHash;
        k.version = version;
        k.revoked = false;
        emit KeyRegistered(msg.sender, suite, version, keyHash, publicKey);
    }

    /// @inheritdoc ISessionKeystore
    function revokeKey(Suite suite) external {
        KeyRecord storage k = _keys[msg.sender][suite];
        if (k.version == 0 || k.revoked) revert SessionKeystoreNoActiveKey(msg.sender, suite);
        k.revoked = true;
        emit KeyRevoked(msg.sender, suite, k.version);
    }

    // ---------------------------------------------------------------------------------
    // External updates: sessions
    // ---------------------------------------------------------------------------------

    /// @inheritdoc ISessionKeystore
    function open(OpenParams calldata p) external returns (bytes32 sessionId) {
        address user = msg.sender;
        if (
            p.miner == address(0) || p.oracle == address(0) || p.miner == user || p.oracle == user
                || p.miner == p.oracle
        ) revert SessionKeystoreInvalidParties(user, p.miner, p.oracle);
        if (p.phaseTimeout < MIN_PHASE_TIMEOUT || p.phaseTimeout > MAX_PHASE_TIMEOUT) {
            revert SessionKeystoreInvalidTimeout(p.phaseTimeout);
        }
        // Nonces only increase, with gaps allowed: an open that reverted leaves its nonce
        // unused and the user's later opens (already built for their ids) still go through.
        // A nonce below the next one is used or skipped for good: no id is reused.
        uint64 least = _nonces[user];
        uint64 nonce = p.nonce;
        if (nonce < least || nonce == type(uint64).max) revert SessionKeystoreInvalidNonce(user, least, nonce);

        uint32 minerKeyVersion;
        uint32 oracleKeyVersion;
        Phase first;
        if (p.method == Method.Combined) {
            if (p.suite != Suite.X25519) revert SessionKeystoreUnsupportedSuite(p.method, p.suite);
            if (p.coordinator != Role.User) revert SessionKeystoreInvalidField("coordinator");
            if (p.commitment == bytes32(0)) revert SessionKeystoreInvalidField("commitment");
            if (p.userKey.length != 0) revert SessionKeystoreInvalidField("userKey");
            if (p.wrapMiner.length != 0) revert SessionKeystoreInvalidField("wrapMiner");
            if (p.wrapOracle.length != 0) revert SessionKeystoreInvalidField("wrapOracle");
            if (p.minerKeyVersion != 0) revert SessionKeystoreInvalidField("minerKeyVersion");
            if (p.oracleKeyVersion != 0) revert SessionKeystoreInvalidField("oracleKeyVersion");
            if (p.minerOneTimeKey != 0) revert SessionKeystoreInvalidField("minerOneTimeKey");
            if (p.oracleOneTimeKey != 0) revert SessionKeystoreInvalidField("oracleOneTimeKey");
            first = Phase.Committing;
        } else {
            if (p.commitment != bytes32(0)) revert SessionKeystoreInvalidField("commitment");
            if (p.coordinator == Role.User) {
                if (p.userKey.length != 0) revert SessionKeystoreInvalidField("userKey");
                _checkWrap(p.suite, p.wrapMiner);
                _checkWrap(p.suite, p.wrapOracle);
                first = Phase.Attesting;
            } else {
                _checkKey(p.suite, p.userKey);
                if (p.wrapMiner.length != 0) revert SessionKeystoreInvalidField("wrapMiner");
                if (p.wrapOracle.length != 0) revert SessionKeystoreInvalidField("wrapOracle");
                first = Phase.Wrapping;
            }
            (minerKeyVersion, oracleKeyVersion) = _recipientKeys(p);
        }

        sessionId = _sessionId(user, nonce);
        // nonce < type(uint64).max was checked: no overflow.
        unchecked {
            _nonces[user] = nonce + 1;
        }
        Session storage s = _sessions[sessionId];
        s.user = user;
        s.method = p.method;
        s.suite = p.suite;
        s.coordinator = p.coordinator;
        s.miner = p.miner;
        s.oracle = p.oracle;
        s.phaseTimeout = p.phaseTimeout;
        s.minerKeyVersion = minerKeyVersion;
        s.oracleKeyVersion = oracleKeyVersion;
        if (first == Phase.Committing) s.commitments[uint8(Role.User)] = p.commitment;
        uint8 oneTime = _oneTimeRoles(p);
        if (oneTime != 0) s.oneTime = oneTime;

        _emitOpened(sessionId, p, minerKeyVersion, oracleKeyVersion);
        if (oneTime != 0) emit OneTimeKeysUsed(sessionId, p.minerOneTimeKey, p.oracleOneTimeKey);
        if (first == Phase.Committing) {
            emit Committed(sessionId, Role.User, p.commitment);
        } else if (first == Phase.Attesting) {
            emit KeyWrapped(sessionId, Role.Miner, p.wrapMiner);
            emit KeyWrapped(sessionId, Role.Oracle, p.wrapOracle);
        } else {
            emit UserKeyPublished(sessionId, p.userKey);
        }
        _advance(sessionId, s, first);
        // The user's commitment counts as its act of the Committing phase.
        if (first == Phase.Committing) s.acted = _bit(Role.User);
        // Last, so that the events before it keep the order agents already check.
        emit OracleNamed(sessionId, p.oracle);
    }

    /// @inheritdoc ISessionKeystore
    function join(bytes32 sessionId, bytes32 commitment) external {
        (Session storage s, Role role) = _enter(sessionId, Phase.Committing);
        if (role == Role.User) revert SessionKeystoreUnauthorized(sessionId, msg.sender);
        if (commitment == bytes32(0)) revert SessionKeystoreZeroValue(sessionId, role);
        s.commitments[uint8(role)] = commitment;
        uint8 acted = _act(s, role);
        emit Committed(sessionId, role, commitment);
        if (acted == ALL_ROLES) _advance(sessionId, s, Phase.Revealing);
    }

    /// @inheritdoc ISessionKeystore
    function reveal(bytes32 sessionId, bytes32 ephemeralKey) external {
        (Session storage s, Role role) = _enter(sessionId, Phase.Revealing);
        if (ephemeralKey == bytes32(0)) revert SessionKeystoreZeroValue(sessionId, role);
        if (_commitment(sessionId, role, msg.sender, ephemeralKey) != s.commitments[uint8(role)]) {
            revert SessionKeystoreCommitmentMismatch(sessionId, role);
        }
        uint8 acted = _act(s, role);
        emit Revealed(sessionId, role, ephemeralKey);
        if (acted == ALL_ROLES) _advance(sessionId, s, Phase.Partials);
    }

    /// @inheritdoc ISessionKeystore
    function publishPartial(bytes32 sessionId, bytes32 partial_) external {
        (Session storage s, Role role) = _enter(sessionId, Phase.Partials);
        if (partial_ == bytes32(0)) revert SessionKeystoreZeroValue(sessionId, role);
        uint8 acted = _act(s, role);
        emit PartialPublished(sessionId, role, partial_);
        if (acted == ALL_ROLES) _advance(sessionId, s, Phase.Attesting);
    }

    /// @inheritdoc ISessionKeystore
    function distribute(bytes32 sessionId, bytes calldata wrapUser, bytes calldata wrapOther) external {
        (Session storage s, Role role) = _enter(sessionId, Phase.Wrapping);
        if (role != s.coordinator) revert SessionKeystoreUnauthorized(sessionId, msg.sender);
        _checkWrap(s.suite, wrapUser);
        _checkWrap(s.suite, wrapOther);
        _act(s, role);
        emit KeyWrapped(sessionId, Role.User, wrapUser);
        emit KeyWrapped(sessionId, role == Role.Miner ? Role.Oracle : Role.Miner, wrapOther);
        _advance(sessionId, s, Phase.Attesting);
    }

    /// @inheritdoc ISessionKeystore
    function attest(bytes32 sessionId, bytes32 attestation) external {
        (Session storage s, Role role) = _enter(sessionId, Phase.Attesting);
        if (attestation == bytes32(0)) revert SessionKeystoreZeroValue(sessionId, role);
        bytes32 first = s.attestation;
        if (first == bytes32(0)) {
            s.attestation = attestation;
            s.agreed = _bit(role);
        } else if (attestation == first) {
            s.agreed |= _bit(role);
        } else {
            s.divergent[uint8(role)] = attestation;
        }
        uint8 acted = _act(s, role);
        emit Attested(sessionId, role, attestation);
        if (acted != ALL_ROLES) return;

        if (s.agreed == ALL_ROLES) {
            s.phase = Phase.Established;
            emit SessionEstablished(sessionId, first == bytes32(0) ? attestation : first);
            return;
        }
        bytes32 u = _attestationOf(s, Role.User);
        bytes32 m = _attestationOf(s, Role.Miner);
        bytes32 o = _attestationOf(s, Role.Oracle);
        // Culprits are the roles outside the majority; with no majority, all three.
        uint8 culprits;
        if (u == m) culprits = _bit(Role.Oracle);
        else if (u == o) culprits = _bit(Role.Miner);
        else if (m == o) culprits = _bit(Role.User);
        else culprits = ALL_ROLES;
        s.phase = Phase.Failed;
        // The reporter of a mismatch is the role whose attestation completed the set.
        emit SessionFailed(sessionId, Fault.AttestationMismatch, culprits, role);
    }

    /// @inheritdoc ISessionKeystore
    function abort(bytes32 sessionId, uint8 accused, Fault fault) external {
        Session storage s = _existing(sessionId);
        Phase phase = s.phase;
        if (_isTerminal(phase)) revert SessionKeystoreUnexpectedPhase(sessionId, phase, _openPhases());
        if (block.timestamp > s.deadline) revert SessionKeystoreDeadlinePassed(sessionId, s.deadline);
        Role role = _roleOf(sessionId, s, msg.sender);
        // A role that attested has vouched for the key: it may not then fail the session
        // after seeing the others' attestations (its say is its attestation).
        if (phase == Phase.Attesting && s.acted & _bit(role) != 0) revert SessionKeystoreAlreadyActed(sessionId, role);
        if (
            fault == Fault.None || fault == Fault.AttestationMismatch || accused == 0 || accused > ALL_ROLES
                || accused & _bit(role) != 0
        ) revert SessionKeystoreInvalidAccusation(accused, fault);
        _checkFault(sessionId, s, phase, accused, fault);
        s.phase = Phase.Failed;
        emit SessionFailed(sessionId, fault, accused, role);
    }

    /// @inheritdoc ISessionKeystore
    function expire(bytes32 sessionId) external {
        Session storage s = _existing(sessionId);
        Phase phase = s.phase;
        if (_isTerminal(phase)) revert SessionKeystoreUnexpectedPhase(sessionId, phase, _openPhases());
        if (block.timestamp <= s.deadline) revert SessionKeystoreDeadlineNotReached(sessionId, s.deadline);
        uint8 expected = phase == Phase.Wrapping ? _bit(s.coordinator) : ALL_ROLES;
        uint8 stalled = expected & ~s.acted;
        s.phase = Phase.Expired;
        emit SessionExpired(sessionId, phase, stalled);
    }

    /// @inheritdoc ISessionKeystore
    function disclose(bytes32 sessionId, bytes32 ephemeralSecret) external {
        (Session storage s, Role role) = _failed(sessionId, Method.Combined);
        if (s.commitments[uint8(role)] == bytes32(0)) revert SessionKeystoreNothingToDisclose(sessionId, role);
        if (ephemeralSecret == bytes32(0)) revert SessionKeystoreZeroValue(sessionId, role);
        _markDisclosed(sessionId, s, role);
        emit EphemeralDisclosed(sessionId, role, ephemeralSecret);
    }

    /// @inheritdoc ISessionKeystore
    function request(bytes32 sessionId, uint64 seq, bytes calldata ciphertext) external {
        Session storage s = _inference(sessionId, Role.User);
        _checkMessage(ciphertext);
        _requested(sessionId, s, seq, false);
        emit InferenceRequested(sessionId, seq, ciphertext);
    }

    /// @inheritdoc ISessionKeystore
    function respond(bytes32 sessionId, uint64 seq, bytes calldata ciphertext, bytes32 commitment) external {
        Session storage s = _inference(sessionId, Role.Miner);
        _answer(sessionId, seq, false);
        _checkMessage(ciphertext);
        _awaitVerdict(sessionId, s, commitment);
        emit InferenceAnswered(sessionId, seq, ciphertext, commitment);
    }

    /// @inheritdoc ISessionKeystore
    function judge(bytes32 sessionId, uint64 seq, bool valid, uint8 reason) external {
        Session storage s = _inference(sessionId, Role.Oracle);
        if (valid == (reason != 0) || reason > MAX_REASON) revert SessionKeystoreInvalidField("reason");
        _step(sessionId, seq, Step.Answered, Step.Judged);
        // The step was Answered, so respond counted it: no underflow.
        --s.verdictsPending;
        emit InferenceJudged(sessionId, seq, valid, reason);
    }

    /// @inheritdoc ISessionKeystore
    function close(bytes32 sessionId) external {
        Session storage s = _existing(sessionId);
        if (s.phase != Phase.Established) {
            revert SessionKeystoreUnexpectedPhase(sessionId, s.phase, 1 << uint8(Phase.Established));
        }
        Role role = _roleOf(sessionId, s, msg.sender);
        // No party may close before the oracle could judge every answer: otherwise a miner
        // could answer garbage and close in one transaction, escaping the verdict.
        uint64 pending = s.verdictsPending;
        if (pending != 0 && block.timestamp <= s.verdictDeadline) {
            revert SessionKeystoreVerdictPending(sessionId, pending, s.verdictDeadline);
        }
        s.phase = Phase.Closed;
        emit SessionClosed(sessionId, role);
    }

    /// @inheritdoc ISessionKeystore
    function multicall(bytes[] calldata data, bool allowFailure) external returns (CallResult[] memory) {
        // Each call is a delegatecall to this contract's own code: msg.sender is preserved
        // and no other contract is ever called. The results are ABI-encoded as they come,
        // in place: a CallResult[] at the free memory pointer, returned without a copy.
        // Element offsets are not bounds-checked as the ABI decoder would: a malformed batch
        // can only make calls its sender could make directly (or run out of gas copying).
        // solhint-disable-next-line no-inline-assembly
        assembly ("memory-safe") {
            let m := mload(0x40)
            mstore(m, 0x20) // the array's offset
            mstore(add(m, 0x20), data.length)
            let heads := add(m, 0x40) // one offset per result, from here
            let tail := add(heads, shl(5, data.length))
            for { let i := 0 } lt(i, data.length) { i := add(i, 1) } {
                let o := add(data.offset, calldataload(add(data.offset, shl(5, i))))
                let n := calldataload(o)
                calldatacopy(tail, add(o, 0x20), n)
                let success := delegatecall(gas(), address(), tail, n, codesize(), 0x00)
                let r := returndatasize()
                if and(iszero(success), iszero(allowFailure)) {
                    // Bubble the inner error verbatim so callers decode the real reason.
                    returndatacopy(tail, 0x00, r)
                    revert(tail, r)
                }
                mstore(add(heads, shl(5, i)), sub(tail, heads))
                mstore(tail, success)
                mstore(add(tail, 0x20), 0x40) // returnData's offset in the tuple
                mstore(add(tail, 0x40), r)
                returndatacopy(add(tail, 0x60), 0x00, r)
                mstore(add(add(tail, 0x60), r), 0) // zero padding
                tail := add(add(tail, 0x60), and(add(r, 0x1f), not(0x1f)))
            }
            return(m, sub(tail, m))
        }
    }

    // ---------------------------------------------------------------------------------
    // Off-chain inference, the stream transport (PROTOCOL.md §13.8): updates and a view
    // ---------------------------------------------------------------------------------

    /// @inheritdoc ISessionKeystore
    function requestStream(bytes32 sessionId, uint64 seq, bytes32 promptHash, uint64 promptSize) external {
        Session storage s = _inference(sessionId, Role.User);
        _checkStream(sessionId, seq, promptHash, promptSize);
        _requested(sessionId, s, seq, true);
        emit StreamRequested(sessionId, seq, promptHash, promptSize);
    }

    /// @inheritdoc ISessionKeystore
    function respondStream(bytes32 sessionId, uint64 seq, bytes32 answerHash, uint64 answerSize, bytes32 commitment)
        external
    {
        Session storage s = _inference(sessionId, Role.Miner);
        _answer(sessionId, seq, true);
        _checkStream(sessionId, seq, answerHash, answerSize);
        _awaitVerdict(sessionId, s, commitment);
        emit StreamAnswered(sessionId, seq, answerHash, answerSize, commitment);
    }

    /// @inheritdoc ISessionKeystore
    function announceEndpoint(string calldata url) external {
        if (bytes(url).length > MAX_ENDPOINT_LENGTH) {
            revert SessionKeystoreEndpointTooLong(bytes(url).length, MAX_ENDPOINT_LENGTH);
        }
        emit EndpointAnnounced(msg.sender, url);
    }

    /// @inheritdoc ISessionKeystore
    function isStreamed(bytes32 sessionId, uint64 seq) external view returns (bool) {
        return _inferences[sessionId][seq].streamed;
    }

    // ---------------------------------------------------------------------------------
    // One-time recipient keys: updates and views
    // ---------------------------------------------------------------------------------

    /// @inheritdoc ISessionKeystore
    function publishOneTimeKeys(Suite suite, bytes calldata keys) external returns (uint32 firstKey) {
        // A hybrid batch is one ML-KEM-768 encapsulation key shared by all its keys (`shared`
        // = 1,184 bytes, 37 words), then the keys' X25519 parts; an X25519 batch is the X25519
        // keys alone. Either way a well-formed batch is whole 32-byte words.
        uint256 shared = suite == Suite.Hybrid ? MLKEM_KEY_LENGTH : 0;
        OneTimePool storage pool = _oneTimePools[msg.sender][suite];
        uint32 count = pool.count;
        uint256 n = keys.length <= shared ? 0 : (keys.length - shared) / 32;
        if (n == 0 || n > MAX_ONE_TIME_BATCH || keys.length % 32 != 0 || uint256(count) + n > type(uint32).max) {
            revert SessionKeystoreInvalidBatch(keys.length);
        }
        // An all-zero X25519 key (or X25519 part) is no key.
        for (uint256 i = shared; i < keys.length; i += 32) {
            if (bytes32(keys[i:]) == bytes32(0)) revert SessionKeystoreInvalidField("keys");
        }
        // count + n was checked to fit a uint32, and n >= 1: no overflow, and key 0 is never
        // published.
        unchecked {
            firstKey = count + 1;
            // forge-lint: disable-next-line(unsafe-typecast)
            pool.count = count + uint32(n);
        }
        _markAvailable(pool, firstKey, n);
        bytes32 batchHash = keccak256(keys);
        pool.batches[firstKey] = batchHash;
        emit OneTimeKeysPublished(msg.sender, suite, firstKey, batchHash, keys);
    }

    /// @inheritdoc ISessionKeystore
    function discloseOneTimeKey(bytes32 sessionId, bytes calldata secret) external {
        (Session storage s, Role role) = _failed(sessionId, Method.Coordinator);
        // The user's one-time key is its per-session key, when it is a recipient.
        bool userRecipient = role == Role.User && s.coordinator != Role.User;
        if (s.oneTime & _bit(role) == 0 && !userRecipient) revert SessionKeystoreNothingToDisclose(sessionId, role);
        // 32 bytes (an X25519 scalar or a hybrid seed) or 96 (a shared-batch hybrid key:
        // ML-KEM-768 seed, then X25519 scalar); the last 32 are never zero.
        if (secret.length != 32 && secret.length != 96) revert SessionKeystoreInvalidLength(32, secret.length);
        if (bytes32(secret[secret.length - 32:]) == bytes32(0)) revert SessionKeystoreZeroValue(sessionId, role);
        _markDisclosed(sessionId, s, role);
        emit OneTimeKeyDisclosed(sessionId, role, secret);
    }

    /// @inheritdoc ISessionKeystore
    function isOneTimeKeyAvailable(address account, Suite suite, uint32 key) external view returns (bool) {
        return _oneTimePools[account][suite].available[key >> 8] & (uint256(1) << (key & 0xff)) != 0;
    }

    /// @inheritdoc ISessionKeystore
    function oneTimeBatchHash(address account, Suite suite, uint32 firstKey) external view returns (bytes32) {
        return _oneTimePools[account][suite].batches[firstKey];
    }

    /// @inheritdoc ISessionKeystore
    function oneTimeRolesOf(bytes32 sessionId) external view returns (uint8) {
        return _sessions[sessionId].oneTime;
    }

    // ---------------------------------------------------------------------------------
    // External views
    // ---------------------------------------------------------------------------------

    /// @inheritdoc ISessionKeystore
    function keyOf(address account, Suite suite) external view returns (KeyRecord memory) {
        return _keys[account][suite];
    }

    /// @inheritdoc ISessionKeystore
    function stepOf(bytes32 sessionId, uint64 seq) external view returns (Step) {
        return _inferences[sessionId][seq].step;
    }

    /// @inheritdoc ISessionKeystore
    function nonces(address user) external view returns (uint64) {
        return _nonces[user];
    }

    /// @inheritdoc ISessionKeystore
    function session(bytes32 sessionId) external view returns (SessionView memory v) {
        Session storage s = _sessions[sessionId];
        v.user = s.user;
        v.miner = s.miner;
        v.oracle = s.oracle;
        v.method = s.method;
        v.suite = s.suite;
        v.coordinator = s.coordinator;
        v.phase = s.phase;
        v.deadline = s.deadline;
        v.phaseTimeout = s.phaseTimeout;
        v.acted = s.acted;
        v.minerKeyVersion = s.minerKeyVersion;
        v.oracleKeyVersion = s.oracleKeyVersion;
        v.commitments = s.commitments;
        for (uint8 r; r < 3; ++r) {
            v.attestations[r] = _attestationOf(s, Role(r));
        }
        v.requests = s.requests;
        v.verdictsPending = s.verdictsPending;
        v.verdictDeadline = s.verdictDeadline;
    }

    /// @inheritdoc ISessionKeystore
    function phaseOf(bytes32 sessionId) external view returns (Phase) {
        Session storage s = _sessions[sessionId];
        Phase phase = s.phase;
        if (phase != Phase.None && !_isTerminal(phase) && block.timestamp > s.deadline) return Phase.Expired;
        return phase;
    }

    /// @inheritdoc ISessionKeystore
    function commitmentOf(bytes32 sessionId, Role role, address account, bytes32 ephemeralKey)
        external
        view
        returns (bytes32)
    {
        return _commitment(sessionId, role, account, ephemeralKey);
    }

    /// @inheritdoc ISessionKeystore
    function sessionIdOf(address user, uint64 nonce) external view returns (bytes32) {
        return _sessionId(user, nonce);
    }

    // ---------------------------------------------------------------------------------
    // Internal helpers
    // ---------------------------------------------------------------------------------

    /// @dev The common checks of a phase step, in the documented order; returns the
    /// session and the caller's role.
    function _enter(bytes32 sessionId, Phase phase) private view returns (Session storage s, Role role) {
        s = _existing(sessionId);
        if (s.phase != phase) revert SessionKeystoreUnexpectedPhase(sessionId, s.phase, 1 << uint8(phase));
        if (block.timestamp > s.deadline) revert SessionKeystoreDeadlinePassed(sessionId, s.deadline);
        role = _roleOf(sessionId, s, msg.sender);
        if (s.acted & _bit(role) != 0) revert SessionKeystoreAlreadyActed(sessionId, role);
    }

    /// @dev The checks of an inference step: an Established session and the caller in
    /// the role that takes the step.
    function _inference(bytes32 sessionId, Role expected) private view returns (Session storage s) {
        s = _existing(sessionId);
        if (s.phase != Phase.Established) {
            revert SessionKeystoreUnexpectedPhase(sessionId, s.phase, 1 << uint8(Phase.Established));
        }
        Role role = _roleOf(sessionId, s, msg.sender);
        if (role != expected) revert SessionKeystoreWrongRole(sessionId, role);
    }

    /// @dev Moves inference `seq` from step `from` to step `to`.
    function _step(bytes32 sessionId, uint64 seq, Step from, Step to) private {
        Inference storage inf = _inferences[sessionId][seq];
        Step current = inf.step;
        if (current != from) revert SessionKeystoreUnexpectedStep(sessionId, seq, current);
        inf.step = to;
    }

    /// @dev Records request `seq` (the session's next) in its transport.
    function _requested(bytes32 sessionId, Session storage s, uint64 seq, bool streamed) private {
        uint64 expected = s.requests;
        if (seq != expected) revert SessionKeystoreUnexpectedSequence(sessionId, expected, seq);
        // requests counts transactions: it cannot reach 2**64.
        s.requests = expected + 1;
        _inferences[sessionId][seq] = Inference(Step.Requested, streamed);
    }

    /// @dev Moves request `seq` to Answered, in the transport it was requested in.
    function _answer(bytes32 sessionId, uint64 seq, bool streamed) private {
        _step(sessionId, seq, Step.Requested, Step.Answered);
        if (_inferences[sessionId][seq].streamed != streamed) {
            revert SessionKeystoreWrongTransport(sessionId, seq, !streamed);
        }
    }

    /// @dev Checks an answer's commitment and starts its verdict deadline.
    function _awaitVerdict(bytes32 sessionId, Session storage s, bytes32 commitment) private {
        if (commitment == bytes32(0)) revert SessionKeystoreZeroValue(sessionId, Role.Miner);
        // At most one answer per request: fewer than `requests`, which fits a uint64.
        ++s.verdictsPending;
        // block.timestamp + a uint32 fits a uint64 for the next 500 billion years.
        // forge-lint: disable-next-line(unsafe-typecast)
        s.verdictDeadline = uint64(block.timestamp) + s.phaseTimeout;
    }

    /// @dev A stream digest the records accept: a nonzero hash of a stream at least
    /// MIN_STREAM_LENGTH bytes long.
    function _checkStream(bytes32 sessionId, uint64 seq, bytes32 hash, uint64 size) private pure {
        if (hash == bytes32(0) || size < MIN_STREAM_LENGTH) revert SessionKeystoreInvalidStream(sessionId, seq, size);
    }

    /// @dev An accused fault must be one that can arise in the session's method and phase:
    /// a revealed key exists from Method 1 Revealing on, partials from Partials on, wraps
    /// only in Method 2 Attesting, and a wrap is the coordinator's alone.
    function _checkFault(bytes32 sessionId, Session storage s, Phase phase, uint8 accused, Fault fault) private view {
        Method method = s.method;
        bool applicable;
        if (fault == Fault.Other) {
            applicable = true;
        } else if (fault == Fault.InvalidPublicKey) {
            applicable = method == Method.Coordinator || phase >= Phase.Revealing;
        } else if (fault == Fault.InvalidPartial) {
            applicable = method == Method.Combined && phase >= Phase.Partials;
        } else {
            applicable = method == Method.Coordinator && phase == Phase.Attesting;
        }
        if (!applicable) revert SessionKeystoreFaultNotApplicable(sessionId, method, phase, fault);
        if (fault == Fault.InvalidWrap && accused != _bit(s.coordinator)) {
            revert SessionKeystoreInvalidAccusation(accused, fault);
        }
    }

    function _checkMessage(bytes calldata ciphertext) private pure {
        if (ciphertext.length > MAX_MESSAGE_LENGTH) {
            revert SessionKeystoreMessageTooLarge(ciphertext.length, MAX_MESSAGE_LENGTH);
        }
        // An envelope is a u64 counter and at least a 16-byte Poly1305 tag.
        if (ciphertext.length < MIN_MESSAGE_LENGTH) {
            revert SessionKeystoreInvalidLength(MIN_MESSAGE_LENGTH, ciphertext.length);
        }
    }

    /// @dev The Failed session `sessionId` of `method` and the caller's role in it: what both
    /// disclosures check first.
    function _failed(bytes32 sessionId, Method method) private view returns (Session storage s, Role role) {
        s = _existing(sessionId);
        if (s.phase != Phase.Failed) {
            revert SessionKeystoreUnexpectedPhase(sessionId, s.phase, 1 << uint8(Phase.Failed));
        }
        if (s.method != method) revert SessionKeystoreInvalidField("method");
        role = _roleOf(sessionId, s, msg.sender);
    }

    /// @dev Records `role`'s disclosure in `s`, once.
    function _markDisclosed(bytes32 sessionId, Session storage s, Role role) private {
        uint8 bit = _bit(role);
        if (s.disclosed & bit != 0) revert SessionKeystoreAlreadyActed(sessionId, role);
        s.disclosed |= bit;
    }

    function _existing(bytes32 sessionId) private view returns (Session storage s) {
        s = _sessions[sessionId];
        if (s.phase == Phase.None) revert SessionKeystoreUnknownSession(sessionId);
    }

    function _roleOf(bytes32 sessionId, Session storage s, address caller) private view returns (Role) {
        if (caller == s.user) return Role.User;
        if (caller == s.miner) return Role.Miner;
        if (caller == s.oracle) return Role.Oracle;
        revert SessionKeystoreUnauthorized(sessionId, caller);
    }

    /// @dev Records that `role` acted in the current phase; returns the updated bitmap.
    /// @dev The attestation `role` posted, zero if none.
    function _attestationOf(Session storage s, Role role) private view returns (bytes32) {
        if (s.agreed & _bit(role) != 0) return s.attestation;
        return s.divergent[uint8(role)];
    }

    function _act(Session storage s, Role role) private returns (uint8 acted) {
        acted = s.acted | _bit(role);
        s.acted = acted;
    }

    /// @dev Moves to a non-terminal phase with a fresh deadline.
    function _advance(bytes32 sessionId, Session storage s, Phase phase) private {
        // block.timestamp + a uint32 fits a uint64 for the next 500 billion years.
        // forge-lint: disable-next-line(unsafe-typecast)
        uint64 deadline = uint64(block.timestamp) + s.phaseTimeout;
        s.phase = phase;
        s.deadline = deadline;
        s.acted = 0;
        emit PhaseAdvanced(sessionId, phase, deadline);
    }

    /// @dev Emits SessionOpened (a helper of its own to keep `open` within the stack limit).
    function _emitOpened(bytes32 sessionId, OpenParams calldata p, uint32 minerKeyVersion, uint32 oracleKeyVersion)
        private
    {
        emit SessionOpened(
            sessionId,
            msg.sender,
            p.miner,
            p.oracle,
            p.method,
            p.suite,
            p.coordinator,
            p.nonce,
            p.phaseTimeout,
            minerKeyVersion,
            oracleKeyVersion
        );
    }

    /// @dev Method 2: the recipients' key versions the session records, after consuming
    /// the one-time keys `p` names. Versions are pinned: the user built the open (its wraps,
    /// or its check of the keys) for them, so a rotation in between must not change the keys
    /// the session uses. The coordinator has none.
    function _recipientKeys(OpenParams calldata p) private returns (uint32 minerVersion, uint32 oracleVersion) {
        if (p.coordinator == Role.Miner) {
            if (p.minerKeyVersion != 0) revert SessionKeystoreInvalidField("minerKeyVersion");
            if (p.minerOneTimeKey != 0) revert SessionKeystoreInvalidField("minerOneTimeKey");
        } else {
            minerVersion = _recipientKey(Role.Miner, p.miner, p.suite, p.minerKeyVersion, p.minerOneTimeKey);
        }
        if (p.coordinator == Role.Oracle) {
            if (p.oracleKeyVersion != 0) revert SessionKeystoreInvalidField("oracleKeyVersion");
            if (p.oracleOneTimeKey != 0) revert SessionKeystoreInvalidField("oracleOneTimeKey");
        } else {
            oracleVersion = _recipientKey(Role.Oracle, p.oracle, p.suite, p.oracleKeyVersion, p.oracleOneTimeKey);
        }
    }

    /// @dev One recipient: consumes its one-time key of `suite` if `oneTimeKey` is not 0, and
    /// returns the version of its registered key the session uses: none (0) with a one-time
    /// key, which replaces the registered key in both suites; the pinned version otherwise.
    function _recipientKey(Role role, address account, Suite suite, uint32 expected, uint32 oneTimeKey)
        private
        returns (uint32 version)
    {
        if (oneTimeKey == 0) return _pinnedKeyVersion(account, suite, expected);
        if (expected != 0) {
            revert SessionKeystoreInvalidField(role == Role.Miner ? "minerKeyVersion" : "oracleKeyVersion");
        }
        _consumeOneTimeKey(account, suite, oneTimeKey);
        return 0;
    }

    /// @dev The active key version of a recipient, which must be the one the user expected.
    function _pinnedKeyVersion(address account, Suite suite, uint32 expected) private view returns (uint32 version) {
        KeyRecord storage k = _keys[account][suite];
        version = k.version;
        if (version == 0 || k.revoked) revert SessionKeystoreKeyNotRegistered(account, suite);
        if (version != expected) revert SessionKeystoreKeyVersionMismatch(account, suite, expected, version);
    }

    function _checkKey(Suite suite, bytes calldata publicKey) private pure {
        uint256 expected = suite == Suite.X25519 ? X25519_KEY_LENGTH : HYBRID_KEY_LENGTH;
        if (publicKey.length != expected) revert SessionKeystoreInvalidLength(expected, publicKey.length);
        // The last 32 bytes are the X25519 key, or a hybrid key's X25519 part: all-zero there
        // is no key.
        if (bytes32(publicKey[expected - 32:]) == bytes32(0)) revert SessionKeystoreInvalidField("publicKey");
    }

    function _checkWrap(Suite suite, bytes calldata wrapped) private pure {
        uint256 expected = suite == Suite.X25519 ? X25519_WRAP_LENGTH : HYBRID_WRAP_LENGTH;
        if (wrapped.length != expected) revert SessionKeystoreInvalidLength(expected, wrapped.length);
    }

    /// @dev Sets the availability bits of keys `first` to `first + n - 1` of `pool`
    /// (n <= 256: at most two words).
    function _markAvailable(OneTimePool storage pool, uint256 first, uint256 n) private {
        mapping(uint256 => uint256) storage available = pool.available;
        uint256 end = first + n;
        for (uint256 k = first; k < end;) {
            uint256 word = k >> 8;
            uint256 stop = (word + 1) << 8;
            if (stop > end) stop = end;
            uint256 width = stop - k;
            uint256 ones = width == 256 ? type(uint256).max : (uint256(1) << width) - 1;
            available[word] |= ones << (k & 0xff);
            k = stop;
        }
    }

    /// @dev Clears the availability bit of one-time key `key` of `account`'s pool of `suite`;
    /// reverts if the key was never published or is already used (told apart only on the
    /// revert path).
    function _consumeOneTimeKey(address account, Suite suite, uint32 key) private {
        OneTimePool storage pool = _oneTimePools[account][suite];
        mapping(uint256 => uint256) storage available = pool.available;
        uint256 word = key >> 8;
        uint256 mask = uint256(1) << (key & 0xff);
        uint256 bits = available[word];
        if (bits & mask == 0) {
            if (key > pool.count) revert SessionKeystoreOneTimeKeyNotPublished(account, key);
            revert SessionKeystoreOneTimeKeyUsed(account, key);
        }
        available[word] = bits & ~mask;
    }

    /// @dev The bitmap of the recipients of `p` that use a one-time key.
    function _oneTimeRoles(OpenParams calldata p) private pure returns (uint8 roles) {
        if (p.minerOneTimeKey != 0) roles = _bit(Role.Miner);
        if (p.oracleOneTimeKey != 0) roles |= _bit(Role.Oracle);
    }

    function _commitment(bytes32 sessionId, Role role, address account, bytes32 ephemeralKey)
        private
        view
        returns (bytes32)
    {
        return keccak256(
            abi.encode(COMMITMENT_DOMAIN, block.chainid, address(this), sessionId, uint8(role), account, ephemeralKey)
        );
    }

    function _sessionId(address user, uint64 nonce) private view returns (bytes32) {
        return keccak256(abi.encode(block.chainid, address(this), user, nonce));
    }

    function _bit(Role role) private pure returns (uint8) {
        return uint8(1) << uint8(role);
    }

    function _isTerminal(Phase phase) private pure returns (bool) {
        return phase >= Phase.Established;
    }

    /// @dev Bitmap of the non-terminal phases a session can be in.
    function _openPhases() private pure returns (uint256) {
        return (1 << uint8(Phase.Committing)) | (1 << uint8(Phase.Revealing)) | (1 << uint8(Phase.Partials))
            | (1 << uint8(Phase.Wrapping)) | (1 << uint8(Phase.Attesting));
    }
}
