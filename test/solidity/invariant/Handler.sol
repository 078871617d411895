// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {Vm} from "../utils/Vm.sol";
import {ISessionKeystore} from "../../../contracts/ISessionKeystore.sol";
import {SessionKeystore} from "../../../contracts/SessionKeystore.sol";

/// @notice Drives sessions of both methods through every phase to every terminal state:
/// mostly the honest next step of a party that has not acted (so sessions progress),
/// with deviations (wrong attestations, bad reveals, aborts, stalls and expiry, inference
/// and closing at any time, multicalls, disclosures, a stranger's calls, key rotations).
///
/// The handler keeps its own model of every session (ghost state: phase, deadline, who
/// acted, attestations, inference steps) computed from the calls it made, never read back
/// from the contract. After every call it compares the contract with the model: whether
/// the call was accepted, the phase it moved to, the new deadline, the culprits or
/// stalled roles in the events. A disagreement is recorded in `violation` (an assertion
/// inside a handler would only look like a revert), which the invariants read. Calls that
/// revert are caught, so the handler itself never reverts.
contract Handler {
    Vm private constant vm = Vm(address(uint160(uint256(keccak256("hevm cheat code")))));

    uint8 private constant ALL = 7;
    uint256 private constant MAX_SESSIONS = 16;
    uint256 private constant MAX_LIVE = 3;
    uint64 private constant MAX_REQUESTS = 3;

    bytes32 private constant FAILED_SIG = keccak256("SessionFailed(bytes32,uint8,uint8,uint8)");
    bytes32 private constant EXPIRED_SIG = keccak256("SessionExpired(bytes32,uint8,uint8)");

    SessionKeystore public immutable ks;
    address[2] public users;
    address public immutable miner;
    address public immutable oracle;
    address public immutable stranger;

    /// @dev The model of one session.
    struct Ghost {
        address user;
        ISessionKeystore.Method method;
        ISessionKeystore.Role coordinator;
        ISessionKeystore.Suite suite;
        uint32 timeout;
        ISessionKeystore.Phase phase;
        uint64 deadline;
        uint8 acted;
        uint8 committed;
        uint8 disclosed;
        uint8 oneTime; // the recipients whose one-time key the session consumed
        bytes32[3] attestations;
        uint64 requests;
        uint64 pending;
        uint64 verdictDeadline;
        bytes32 frozen; // hash of the SessionView once Failed, Expired or Closed
    }

    bytes32[] public ids;
    mapping(bytes32 id => Ghost) private _g;
    mapping(bytes32 id => mapping(uint64 seq => ISessionKeystore.Step)) private _steps;
    /// @dev The requests made over the stream transport.
    mapping(bytes32 id => mapping(uint64 seq => bool)) private _streamed;
    mapping(address user => uint64) public nextNonce;
    mapping(address user => bool) public hasOpened;

    /// @notice Every accepted reveal, to check against an independently computed commitment.
    struct RevealRecord {
        bytes32 id;
        ISessionKeystore.Role role;
        address account;
        bytes32 key;
    }

    RevealRecord[] public reveals;

    string public violation;

    // Coverage, by method (0 Combined, 1 Coordinator).
    uint256[2] public opened;
    uint256[2] public established;
    uint256[2] public closed;
    uint256[2] public failedAbort;
    uint256[2] public failedMismatch;
    uint256[2] public expired;
    uint256 public accepted;
    uint256 public refused;
    uint256 public judged;
    uint256 public batches;
    uint256 public disclosures;
    uint256 public oneTimeOpens;
    uint256 public oneTimeRefusals;
    uint256 public stalePinRefusals;
    uint256 public announcements;

    /// @notice The model of each recipient's one-time keys: how many it published, and how
    /// many the handler's opens consumed (always the lowest unused key: keys 1 to
    /// `oneTimeUsed` are consumed, the rest up to `oneTimePublished` available).
    mapping(address account => uint32) public oneTimePublished;
    mapping(address account => uint32) public oneTimeUsed;

    constructor(SessionKeystore ks_, address user0, address user1, address miner_, address oracle_, address stranger_) {
        ks = ks_;
        users = [user0, user1];
        miner = miner_;
        oracle = oracle_;
        stranger = stranger_;
    }

    function sessionCount() external view returns (uint256) {
        return ids.length;
    }

    function revealCount() external view returns (uint256) {
        return reveals.length;
    }

    /// @notice The model's view of a session, for the invariants.
    function ghost(bytes32 id) external view returns (Ghost memory) {
        return _g[id];
    }

    function stepOf(bytes32 id, uint64 seq) external view returns (ISessionKeystore.Step) {
        return _steps[id][seq];
    }

    // ---------------------------------------------------------------------------------
    // Actions
    // ---------------------------------------------------------------------------------

    /// @notice A user opens a session of a random kind (both methods, every coordinator
    /// and suite, a timeout in [10, 300] s); now and then it skips a nonce.
    function open(uint256 seed) external {
        if (ids.length >= MAX_SESSIONS || _live() >= MAX_LIVE) return;
        // The fuzzer favours small and edge values: spread them before choosing.
        seed = uint256(keccak256(abi.encode(seed)));
        address user = users[seed % 2];
        ISessionKeystore.OpenParams memory p;
        p.miner = miner;
        p.oracle = oracle;
        p.phaseTimeout = uint32(10 + (seed >> 8) % 291);
        p.nonce = ks.nonces(user) + ((seed >> 40) % 8 == 0 ? 1 : 0);
        bytes32 id = ks.sessionIdOf(user, p.nonce);
        if ((seed >> 16) % 2 == 0) {
            p.method = ISessionKeystore.Method.Combined;
            p.commitment = _commitment(id, ISessionKeystore.Role.User, user, _eph(id, ISessionKeystore.Role.User));
        } else {
            p.method = ISessionKeystore.Method.Coordinator;
            p.suite = ISessionKeystore.Suite((seed >> 24) % 2);
            p.coordinator = ISessionKeystore.Role((seed >> 32) % 3);
            if (p.coordinator != ISessionKeystore.Role.Miner) p.minerKeyVersion = _activeVersion(miner, p.suite);
            if (p.coordinator != ISessionKeystore.Role.Oracle) p.oracleKeyVersion = _activeVersion(oracle, p.suite);
            // Half the time, each recipient with an unused one-time key gets it (the model
            // follows the X25519 pools: a hybrid open uses the registered keys).
            if ((seed >> 48) % 2 == 0 && p.suite == ISessionKeystore.Suite.X25519) {
                if (p.coordinator != ISessionKeystore.Role.Miner && oneTimeUsed[miner] < oneTimePublished[miner]) {
                    p.minerOneTimeKey = oneTimeUsed[miner] + 1;
                    p.minerKeyVersion = 0;
                }
                if (p.coordinator != ISessionKeystore.Role.Oracle && oneTimeUsed[oracle] < oneTimePublished[oracle]) {
                    p.oracleOneTimeKey = oneTimeUsed[oracle] + 1;
                    p.oracleKeyVersion = 0;
                }
            }
            if (p.coordinator == ISessionKeystore.Role.User) {
                p.wrapMiner = _filled(_wrapLen(p.suite), 0x11);
                p.wrapOracle = _filled(_wrapLen(p.suite), 0x22);
            } else {
                p.userKey = _filled(_keyLen(p.suite), 0x09);
            }
        }
        bytes32[] memory before = _snapshotAll();
        vm.prank(user);
        (bool ok,) = address(ks).call(abi.encodeCall(ks.open, (p)));
        if (!ok) {
            refused++;
            _violate("an open built from the registry was refused");
            return;
        }
        accepted++;
        _checkOthersUnchanged(before, type(uint256).max);
        if (hasOpened[user] && p.nonce < nextNonce[user]) _violate("an open reused a nonce");
        if (ks.nonces(user) != p.nonce + 1) _violate("nonces is not the last nonce plus one");
        nextNonce[user] = p.nonce + 1;
        hasOpened[user] = true;
        ids.push(id);
        Ghost storage g = _g[id];
        g.user = user;
        g.method = p.method;
        g.coordinator = p.coordinator;
        g.suite = p.suite;
        g.timeout = p.phaseTimeout;
        if (p.minerOneTimeKey != 0) {
            g.oneTime |= _bit(ISessionKeystore.Role.Miner);
            oneTimeUsed[miner]++;
        }
        if (p.oracleOneTimeKey != 0) {
            g.oneTime |= _bit(ISessionKeystore.Role.Oracle);
            oneTimeUsed[oracle]++;
        }
        if (g.oneTime != 0) oneTimeOpens++;
        opened[uint8(p.method)]++;
        ISessionKeystore.Phase first = p.method == ISessionKeystore.Method.Combined
            ? ISessionKeystore.Phase.Committing
            : p.coordinator == ISessionKeystore.Role.User
                ? ISessionKeystore.Phase.Attesting
                : ISessionKeystore.Phase.Wrapping;
        _enter(id, first);
        if (first == ISessionKeystore.Phase.Committing) {
            g.acted = _bit(ISessionKeystore.Role.User);
            g.committed = g.acted;
        }
        _compare(id);
    }

    /// @notice The honest next step of a party that has not acted in a live session, or,
    /// with `deviation`, a wrong attestation or a reveal of another key; a session whose
    /// deadline passed is expired instead, as an honest agent does.
    function advance(uint256 sessionSeed, uint256 roleSeed, uint256 deviation) external {
        _advance(sessionSeed, roleSeed, deviation);
    }

    function _advance(uint256 sessionSeed, uint256 roleSeed, uint256 deviation) private {
        (bytes32 id, bool found) = _pickLive(sessionSeed);
        if (!found) return;
        Ghost storage g = _g[id];
        if (block.timestamp > g.deadline) {
            _expire(id);
            return;
        }
        ISessionKeystore.Role role = ISessionKeystore.Role(roleSeed % 3);
        for (uint256 i = 0; i < 3 && (g.acted & _bit(role)) != 0; ++i) {
            role = ISessionKeystore.Role((uint8(role) + 1) % 3);
        }
        ISessionKeystore.Role actor = g.phase == ISessionKeystore.Phase.Wrapping ? g.coordinator : role;
        _call(id, _account(id, actor), _honestStep(id, actor, actor, deviation));
    }

    /// @notice A party aborts a live session (one time in three; otherwise an honest
    /// step, so that sessions still progress): mostly a fault that fits the method and
    /// phase, accusing one other role (the coordinator for InvalidWrap), sometimes anything.
    function abort(uint256 sessionSeed, uint256 roleSeed, uint256 faultSeed, uint8 accusedSeed) external {
        if (uint256(keccak256(abi.encode(faultSeed))) % 3 != 0) {
            _advance(sessionSeed, roleSeed, 1);
            return;
        }
        (bytes32 id, bool found) = _pickLive(sessionSeed);
        if (!found) return;
        Ghost storage g = _g[id];
        ISessionKeystore.Role role = ISessionKeystore.Role(roleSeed % 3);
        ISessionKeystore.Fault fault;
        uint8 accused;
        if (faultSeed % 4 != 0) {
            fault = _fittingFault(g, faultSeed >> 8);
            accused = fault == ISessionKeystore.Fault.InvalidWrap
                ? _bit(g.coordinator)
                : _bit(ISessionKeystore.Role((uint8(role) + 1 + (accusedSeed % 2)) % 3));
        } else {
            fault = ISessionKeystore.Fault((faultSeed >> 8) % 6);
            accused = accusedSeed % 9;
        }
        _call(id, _account(id, role), abi.encodeCall(ks.abort, (id, accused, fault)));
    }

    /// @notice Time runs out for a live session (one time in two; otherwise an honest
    /// step): warp just past its deadline (bounded by its timeout) and expire it; or try to
    /// expire early, which must fail.
    function expire(uint256 sessionSeed, bool early) external {
        if (uint256(keccak256(abi.encode(sessionSeed))) % 2 != 0) {
            _advance(sessionSeed, sessionSeed >> 8, 1);
            return;
        }
        (bytes32 id, bool found) = _pickLive(sessionSeed);
        if (!found) return;
        if (!early && block.timestamp <= _g[id].deadline) vm.warp(uint256(_g[id].deadline) + 1);
        _expire(id);
    }

    /// @notice A few seconds pass.
    function warp(uint256 dt) external {
        vm.warp(block.timestamp + dt % 20);
    }

    /// @notice The next inference step of an Established session (request, respond,
    /// judge), or a party closes it, verdict pending or not.
    function infer(uint256 sessionSeed, uint256 action) external {
        (bytes32 id, bool found) = _pickEstablished(sessionSeed);
        if (!found) return;
        (address who, bytes memory data) = _inferenceStep(id, action);
        _call(id, who, data);
    }

    function _inferenceStep(bytes32 id, uint256 action) private view returns (address, bytes memory) {
        (bool answered, uint64 aSeq, bool requested, uint64 rSeq) = _openSteps(id);
        uint64 requests = _g[id].requests;
        bytes memory sealed_ = _filled(24 + (action >> 16) % 40, 0x33);
        bool idle = !answered && !requested;
        if (action % 10 == 0 || (idle && requests > 0 && action % 3 == 0) || (idle && requests >= MAX_REQUESTS)) {
            return (_account(id, ISessionKeystore.Role((action >> 8) % 3)), abi.encodeCall(ks.close, (id)));
        }
        if (answered) {
            uint8 reason = uint8((action >> 8) % 13);
            return (oracle, abi.encodeCall(ks.judge, (id, aSeq, reason == 0, reason)));
        }
        // The stream transport: requests in either; the miner answers in the request's
        // transport, and one time in eight in the other (which must revert).
        uint64 size = uint64(53 + (action >> 32) % 5000);
        if (requested) {
            if (_streamed[id][rSeq] != ((action >> 24) % 8 == 0)) {
                return (miner, abi.encodeCall(ks.respondStream, (id, rSeq, keccak256("a"), size, keccak256("c"))));
            }
            return (miner, abi.encodeCall(ks.respond, (id, rSeq, sealed_, keccak256("c"))));
        }
        if ((action >> 28) % 2 == 0) {
            return (_g[id].user, abi.encodeCall(ks.requestStream, (id, requests, keccak256("p"), size)));
        }
        return (_g[id].user, abi.encodeCall(ks.request, (id, requests, sealed_)));
    }

    /// @notice A party batches calls with multicall(allowFailure = true): its honest next
    /// step of a live session and an expire, or, in an Established session with a request,
    /// the miner's answer-and-close (the close must fail while the verdict is pending).
    function batch(uint256 sessionSeed, uint256 roleSeed) external {
        bytes32 id;
        bool found;
        bytes[] memory calls = new bytes[](2);
        address who;
        (id, found) = _pickEstablished(sessionSeed);
        if (found) {
            (,, bool requested, uint64 rSeq) = _openSteps(id);
            if (!requested) return;
            who = miner;
            calls[0] = _streamed[id][rSeq]
                ? abi.encodeCall(ks.respondStream, (id, rSeq, keccak256("a"), 100, keccak256("c")))
                : abi.encodeCall(ks.respond, (id, rSeq, _filled(40, 0x55), keccak256("c")));
            calls[1] = abi.encodeCall(ks.close, (id));
        } else {
            (id, found) = _pickLive(sessionSeed);
            if (!found) return;
            Ghost storage g = _g[id];
            ISessionKeystore.Role role = ISessionKeystore.Role(roleSeed % 3);
            for (uint256 i = 0; i < 3 && (g.acted & _bit(role)) != 0; ++i) {
                role = ISessionKeystore.Role((uint8(role) + 1) % 3);
            }
            ISessionKeystore.Role actor = g.phase == ISessionKeystore.Phase.Wrapping ? g.coordinator : role;
            who = _account(id, actor);
            calls[0] = _honestStep(id, actor, actor, 1);
            calls[1] = abi.encodeCall(ks.expire, (id));
        }
        batches++;
        _call(id, who, abi.encodeCall(ks.multicall, (calls, true)));
    }

    /// @notice After a Method 1 failure, a party discloses its ephemeral secret.
    function disclose(uint256 sessionSeed, uint256 roleSeed) external {
        uint256 n = ids.length;
        for (uint256 i = 0; i < n; ++i) {
            bytes32 id = ids[(sessionSeed % n + i) % n];
            if (_g[id].phase == ISessionKeystore.Phase.Failed) {
                ISessionKeystore.Role role = ISessionKeystore.Role(roleSeed % 3);
                bytes32 secret = keccak256(abi.encode("e", id, role));
                // Either call on either method: each must be refused where it does not apply.
                bool oneTime = (_g[id].method == ISessionKeystore.Method.Coordinator) == ((roleSeed >> 8) % 4 != 0);
                _call(
                    id,
                    _account(id, role),
                    oneTime
                        ? abi.encodeCall(ks.discloseOneTimeKey, (id, abi.encodePacked(secret)))
                        : abi.encodeCall(ks.disclose, (id, secret))
                );
                return;
            }
        }
    }

    /// @notice A stranger tries any call on any session: it must never be accepted.
    function intrude(uint256 sessionSeed, uint256 action, bytes32 value) external {
        if (ids.length == 0) return;
        bytes32 id = ids[sessionSeed % ids.length];
        bytes memory data;
        uint256 a = action % 10;
        if (a == 0) data = abi.encodeCall(ks.join, (id, value));
        else if (a == 1) data = abi.encodeCall(ks.reveal, (id, value));
        else if (a == 2) data = abi.encodeCall(ks.publishPartial, (id, value));
        else if (a == 3) data = abi.encodeCall(ks.attest, (id, value));
        else if (a == 4) data = abi.encodeCall(ks.distribute, (id, new bytes(80), new bytes(80)));
        else if (a == 5) data = abi.encodeCall(ks.abort, (id, 1, ISessionKeystore.Fault.Other));
        else if (a == 6) data = abi.encodeCall(ks.close, (id));
        else if (a == 7) data = abi.encodeCall(ks.disclose, (id, value));
        else if (a == 8) data = abi.encodeCall(ks.discloseOneTimeKey, (id, abi.encodePacked(value)));
        else data = abi.encodeCall(ks.request, (id, 0, new bytes(32)));
        _call(id, stranger, data);
    }

    /// @notice The miner or the oracle publishes a batch of 1 to 8 one-time keys.
    function publishOneTime(uint256 seed) external {
        address who = seed % 2 == 0 ? miner : oracle;
        uint256 n = 1 + (seed >> 8) % 8;
        bytes memory keys = new bytes(n * 32);
        for (uint256 i = 0; i < n; ++i) {
            keys[i * 32] = bytes1(uint8(i) | 0x80); // nonzero
            keys[i * 32 + 31] = bytes1(uint8(seed >> 16));
        }
        bytes32[] memory before = _snapshotAll();
        vm.prank(who);
        (bool ok, bytes memory ret) =
            address(ks).call(abi.encodeCall(ks.publishOneTimeKeys, (ISessionKeystore.Suite.X25519, keys)));
        if (!ok) {
            _violate("a well-formed batch of one-time keys was refused");
            return;
        }
        if (abi.decode(ret, (uint32)) != oneTimePublished[who] + 1) _violate("one-time keys: first key number");
        // forge-lint: disable-next-line(unsafe-typecast)
        oneTimePublished[who] += uint32(n);
        _checkOthersUnchanged(before, type(uint256).max);
    }

    /// @notice A user opens naming a recipient's one-time key that is consumed or was never
    /// published: the open must be refused and change nothing.
    function reuseOneTime(uint256 seed) external {
        address user = users[seed % 2];
        bool minerSide = (seed >> 1) % 2 == 0;
        address who = minerSide ? miner : oracle;
        uint32 key;
        if ((seed >> 2) % 2 == 0 && oneTimeUsed[who] > 0) {
            key = uint32(1 + (seed >> 8) % oneTimeUsed[who]);
        } else {
            key = oneTimePublished[who] + 1 + uint32((seed >> 8) % 4);
        }
        ISessionKeystore.OpenParams memory p;
        p.miner = miner;
        p.oracle = oracle;
        p.method = ISessionKeystore.Method.Coordinator;
        p.coordinator = minerSide ? ISessionKeystore.Role.Oracle : ISessionKeystore.Role.Miner;
        p.phaseTimeout = 60;
        p.nonce = ks.nonces(user);
        p.userKey = _filled(32, 0x09);
        if (minerSide) p.minerOneTimeKey = key;
        else p.oracleOneTimeKey = key;
        bytes32[] memory before = _snapshotAll();
        vm.prank(user);
        (bool ok,) = address(ks).call(abi.encodeCall(ks.open, (p)));
        if (ok) {
            _violate("an open with a consumed or unpublished one-time key was accepted");
            return;
        }
        oneTimeRefusals++;
        _checkOthersUnchanged(before, type(uint256).max);
        if (ks.nonces(user) != p.nonce) _violate("a refused open moved the nonce");
    }

    /// @notice A user opens a Method 2 session pinning a recipient's registered key to a
    /// version other than its active one (F1: the recipient rotated after the user read the
    /// registry), or to a key the recipient has just revoked: the open must be refused with
    /// the error that says so, and change nothing.
    function stalePin(uint256 seed) external {
        seed = uint256(keccak256(abi.encode(seed)));
        address user = users[seed % 2];
        ISessionKeystore.OpenParams memory p;
        p.miner = miner;
        p.oracle = oracle;
        p.method = ISessionKeystore.Method.Coordinator;
        p.suite = ISessionKeystore.Suite((seed >> 8) % 2);
        p.coordinator = ISessionKeystore.Role((seed >> 16) % 3);
        p.phaseTimeout = 60;
        p.nonce = ks.nonces(user);
        if (p.coordinator != ISessionKeystore.Role.Miner) p.minerKeyVersion = _activeVersion(miner, p.suite);
        if (p.coordinator != ISessionKeystore.Role.Oracle) p.oracleKeyVersion = _activeVersion(oracle, p.suite);
        if (p.coordinator == ISessionKeystore.Role.User) {
            p.wrapMiner = _filled(_wrapLen(p.suite), 0x11);
            p.wrapOracle = _filled(_wrapLen(p.suite), 0x22);
        } else {
            p.userKey = _filled(_keyLen(p.suite), 0x09);
        }
        // The recipient whose pin is wrong: the miner unless it coordinates.
        bool minerSide = p.coordinator != ISessionKeystore.Role.Miner
            && (p.coordinator == ISessionKeystore.Role.Oracle || (seed >> 24) % 2 == 0);
        address who = minerSide ? miner : oracle;
        uint32 active = minerSide ? p.minerKeyVersion : p.oracleKeyVersion;
        bool revoke = (seed >> 32) % 4 == 0;
        uint32 pinned = active;
        if (revoke) {
            vm.prank(who);
            ks.revokeKey(p.suite);
        } else {
            pinned = active > 1 && (seed >> 40) % 2 == 0 ? active - 1 : active + 1;
        }
        if (minerSide) p.minerKeyVersion = pinned;
        else p.oracleKeyVersion = pinned;
        bytes32[] memory before = _snapshotAll();
        vm.prank(user);
        (bool ok, bytes memory ret) = address(ks).call(abi.encodeCall(ks.open, (p)));
        if (ok) {
            _violate(
                revoke
                    ? "an open to a revoked key was accepted"
                    : "an open with a stale pinned key version was accepted"
            );
            return;
        }
        bytes4 want = revoke
            ? ISessionKeystore.SessionKeystoreKeyNotRegistered.selector
            : ISessionKeystore.SessionKeystoreKeyVersionMismatch.selector;
        if (ret.length < 4 || bytes4(ret) != want) _violate("a stale pin or revoked key refused with another error");
        stalePinRefusals++;
        _checkOthersUnchanged(before, type(uint256).max);
        if (ks.nonces(user) != p.nonce) _violate("a refused open moved the nonce");
    }

    /// @notice Any account (a party or a stranger) announces an endpoint URL of 0 to 300
    /// bytes: accepted exactly when it is at most MAX_ENDPOINT_LENGTH bytes, and no session
    /// changes either way.
    function announce(uint256 seed) external {
        address[5] memory who = [users[0], users[1], miner, oracle, stranger];
        uint256 len = (seed >> 8) % 301;
        bytes32[] memory before = _snapshotAll();
        vm.prank(who[seed % 5]);
        (bool ok,) = address(ks).call(abi.encodeCall(ks.announceEndpoint, (string(new bytes(len)))));
        if (ok != (len <= ks.MAX_ENDPOINT_LENGTH())) _violate("endpoint: an announcement accepted or refused wrongly");
        if (ok) announcements++;
        _checkOthersUnchanged(before, type(uint256).max);
    }

    /// @notice The miner or the oracle rotates (or now and then revokes) a registered key.
    function rotateKey(uint256 seed) external {
        address who = seed % 2 == 0 ? miner : oracle;
        ISessionKeystore.Suite suite = ISessionKeystore.Suite((seed >> 1) % 2);
        bytes32[] memory before = _snapshotAll();
        ISessionKeystore.KeyRecord memory k = ks.keyOf(who, suite);
        vm.prank(who);
        if ((seed >> 16) % 4 == 0 && k.version != 0 && !k.revoked) {
            ks.revokeKey(suite);
        } else {
            ks.registerKey(suite, _filled(_keyLen(suite), bytes1(uint8(seed >> 8) | 1)));
        }
        _checkOthersUnchanged(before, type(uint256).max);
    }

    /// @notice Liveness, run after the coverage is counted: honest steps, then `expire`
    /// once a deadline passes, end every session's key exchange. Not a fuzz target.
    function finishAll() external returns (bool ended) {
        ended = true;
        for (uint256 i = 0; i < ids.length; ++i) {
            bytes32 id = ids[i];
            for (uint256 k = 0; k < 12 && !_terminal(_g[id].phase); ++k) {
                Ghost storage g = _g[id];
                if (block.timestamp > g.deadline) {
                    _expire(id);
                    continue;
                }
                ISessionKeystore.Role role = ISessionKeystore.Role.User;
                for (uint256 j = 0; j < 3 && (g.acted & _bit(role)) != 0; ++j) {
                    role = ISessionKeystore.Role((uint8(role) + 1) % 3);
                }
                ISessionKeystore.Role actor = g.phase == ISessionKeystore.Phase.Wrapping ? g.coordinator : role;
                if (!_call(id, _account(id, actor), _honestStep(id, actor, actor, 1))) {
                    vm.warp(uint256(g.deadline) + 1);
                }
            }
            if (!_terminal(_g[id].phase)) ended = false;
        }
    }

    // ---------------------------------------------------------------------------------
    // The model: what each call must do
    // ---------------------------------------------------------------------------------

    /// @dev Makes a call as `who`, catches a revert, and checks the outcome against the
    /// model. Returns whether the contract accepted it.
    function _call(bytes32 id, address who, bytes memory data) private returns (bool ok) {
        uint256 index = _indexOf(id);
        bytes32[] memory before = _snapshotAll();
        bytes4 sel = bytes4(data);
        vm.recordLogs();
        vm.prank(who);
        bytes memory ret;
        (ok, ret) = address(ks).call(data);
        Vm.Log[] memory logs = vm.getRecordedLogs();
        _checkOthersUnchanged(before, index);
        if (sel == ks.multicall.selector) {
            if (!ok) {
                _violate("multicall with allowFailure reverted");
                return false;
            }
            (bytes[] memory calls,) = abi.decode(_args(data), (bytes[], bool));
            ISessionKeystore.CallResult[] memory results = abi.decode(ret, (ISessionKeystore.CallResult[]));
            for (uint256 i = 0; i < calls.length; ++i) {
                _apply(id, who, calls[i], results[i].success, logs);
            }
        } else {
            _apply(id, who, data, ok, logs);
        }
        if (ok) accepted++;
        else refused++;
        _compare(id);
    }

    /// @dev The model's transition for one call: whether it must succeed, and its effects.
    function _apply(bytes32 id, address who, bytes memory data, bool ok, Vm.Log[] memory logs) private {
        Ghost storage g = _g[id];
        bytes4 sel = bytes4(data);
        (bool party, ISessionKeystore.Role role) = _roleOf(id, who);
        bool inTime = block.timestamp <= g.deadline;
        if (sel == ks.expire.selector) {
            bool allowed = !_terminal(g.phase) && !inTime;
            if (ok != allowed) _violate("expire accepted or refused against the model");
            if (!ok) return;
            uint8 expected = g.phase == ISessionKeystore.Phase.Wrapping ? _bit(g.coordinator) : ALL;
            _expectEvent(logs, EXPIRED_SIG, id, uint8(g.phase), expected & ~g.acted, 0);
            _end(id, ISessionKeystore.Phase.Expired);
            expired[uint8(g.method)]++;
            return;
        }
        if (!party) {
            if (ok) _violate("a stranger's call was accepted");
            return;
        }
        if (sel == ks.abort.selector) {
            (, uint8 accused, ISessionKeystore.Fault fault) =
                abi.decode(_args(data), (bytes32, uint8, ISessionKeystore.Fault));
            bool allowed = !_terminal(g.phase) && inTime
                && !(g.phase == ISessionKeystore.Phase.Attesting && (g.acted & _bit(role)) != 0)
                && _wellFormed(accused, fault, role) && _fits(g, fault)
                && (fault != ISessionKeystore.Fault.InvalidWrap || accused == _bit(g.coordinator));
            if (ok != allowed) _violate("abort accepted or refused against the model");
            if (!ok) return;
            _expectEvent(logs, FAILED_SIG, id, uint8(fault), accused, uint8(role));
            _end(id, ISessionKeystore.Phase.Failed);
            failedAbort[uint8(g.method)]++;
            return;
        }
        if (sel == ks.disclose.selector) {
            (, bytes32 secret) = abi.decode(_args(data), (bytes32, bytes32));
            bool allowed = g.phase == ISessionKeystore.Phase.Failed && g.method == ISessionKeystore.Method.Combined
                && (g.committed & _bit(role)) != 0 && (g.disclosed & _bit(role)) == 0 && secret != 0;
            if (ok != allowed) _violate("disclose accepted or refused against the model");
            if (ok) {
                g.disclosed |= _bit(role);
                disclosures++;
            }
            return;
        }
        if (sel == ks.discloseOneTimeKey.selector) {
            (, bytes memory secretBytes) = abi.decode(_args(data), (bytes32, bytes));
            bytes32 secret = secretBytes.length == 32 ? bytes32(secretBytes) : bytes32(0);
            bool allowed = g.phase == ISessionKeystore.Phase.Failed && g.method == ISessionKeystore.Method.Coordinator
                && ((g.oneTime & _bit(role)) != 0
                    || (role == ISessionKeystore.Role.User && g.coordinator != ISessionKeystore.Role.User))
                && (g.disclosed & _bit(role)) == 0 && secret != 0;
            if (ok != allowed) _violate("discloseOneTimeKey accepted or refused against the model");
            if (ok) {
                g.disclosed |= _bit(role);
                disclosures++;
            }
            return;
        }
        if (_isInference(sel)) {
            _applyInference(id, role, data, ok);
            return;
        }
        _applyStep(id, role, data, ok, inTime, logs);
    }

    /// @dev join, reveal, publishPartial, distribute, attest.
    function _applyStep(
        bytes32 id,
        ISessionKeystore.Role role,
        bytes memory data,
        bool ok,
        bool inTime,
        Vm.Log[] memory logs
    ) private {
        Ghost storage g = _g[id];
        bytes4 sel = bytes4(data);
        (, bytes32 value) = abi.decode(_args(data), (bytes32, bytes32));
        ISessionKeystore.Phase needs = sel == ks.join.selector
            ? ISessionKeystore.Phase.Committing
            : sel == ks.reveal.selector
                ? ISessionKeystore.Phase.Revealing
                : sel == ks.publishPartial.selector
                    ? ISessionKeystore.Phase.Partials
                    : sel == ks.distribute.selector ? ISessionKeystore.Phase.Wrapping : ISessionKeystore.Phase.Attesting;
        bool allowed = g.phase == needs && inTime && (g.acted & _bit(role)) == 0;
        if (sel == ks.join.selector) allowed = allowed && role != ISessionKeystore.Role.User && value != 0;
        if (sel == ks.reveal.selector) {
            allowed = allowed && value != 0 && value == _eph(id, role);
        }
        if (sel == ks.publishPartial.selector || sel == ks.attest.selector) allowed = allowed && value != 0;
        if (sel == ks.distribute.selector) allowed = allowed && role == g.coordinator;
        if (ok != allowed) _violate("a step accepted or refused against the model");
        if (!ok) return;
        g.acted |= _bit(role);
        if (sel == ks.join.selector) g.committed |= _bit(role);
        if (sel == ks.reveal.selector) reveals.push(RevealRecord(id, role, _account(id, role), value));
        if (sel == ks.attest.selector) g.attestations[uint8(role)] = value;
        if (sel == ks.distribute.selector) {
            _enter(id, ISessionKeystore.Phase.Attesting);
        } else if (g.acted == ALL) {
            if (needs == ISessionKeystore.Phase.Committing) _enter(id, ISessionKeystore.Phase.Revealing);
            else if (needs == ISessionKeystore.Phase.Revealing) _enter(id, ISessionKeystore.Phase.Partials);
            else if (needs == ISessionKeystore.Phase.Partials) _enter(id, ISessionKeystore.Phase.Attesting);
            else _settleAttestations(id, role, logs);
        }
    }

    /// @dev All three attested: Established if equal, else Failed naming the minority.
    function _settleAttestations(bytes32 id, ISessionKeystore.Role last, Vm.Log[] memory logs) private {
        Ghost storage g = _g[id];
        bytes32 u = g.attestations[0];
        bytes32 m = g.attestations[1];
        bytes32 o = g.attestations[2];
        if (u == m && m == o) {
            g.phase = ISessionKeystore.Phase.Established;
            established[uint8(g.method)]++;
            return;
        }
        uint8 culprits = u == m ? 4 : u == o ? 2 : m == o ? 1 : ALL;
        _expectEvent(logs, FAILED_SIG, id, uint8(ISessionKeystore.Fault.AttestationMismatch), culprits, uint8(last));
        _end(id, ISessionKeystore.Phase.Failed);
        failedMismatch[uint8(g.method)]++;
    }

    /// @dev request, respond, judge, close, and the stream transport's requestStream and
    /// respondStream.
    function _applyInference(bytes32 id, ISessionKeystore.Role role, bytes memory data, bool ok) private {
        Ghost storage g = _g[id];
        bytes4 sel = bytes4(data);
        bool est = g.phase == ISessionKeystore.Phase.Established;
        if (sel == ks.close.selector) {
            bool mayClose = est && (g.pending == 0 || block.timestamp > g.verdictDeadline);
            if (ok != mayClose) _violate("close accepted or refused against the model");
            if (ok) {
                _end(id, ISessionKeystore.Phase.Closed);
                closed[uint8(g.method)]++;
            }
            return;
        }
        (, uint64 seq) = abi.decode(_args(data), (bytes32, uint64));
        ISessionKeystore.Step step = _steps[id][seq];
        bool allowed;
        bool streamed = sel == ks.requestStream.selector || sel == ks.respondStream.selector;
        if (sel == ks.request.selector || sel == ks.requestStream.selector) {
            allowed = est && role == ISessionKeystore.Role.User && seq == g.requests;
        } else if (sel == ks.respond.selector || sel == ks.respondStream.selector) {
            allowed = est && role == ISessionKeystore.Role.Miner && step == ISessionKeystore.Step.Requested
                && _streamed[id][seq] == streamed;
        } else {
            allowed = est && role == ISessionKeystore.Role.Oracle && step == ISessionKeystore.Step.Answered;
        }
        if (ok != allowed) _violate("an inference step accepted or refused against the model");
        if (!ok) return;
        if (sel == ks.request.selector || sel == ks.requestStream.selector) {
            _steps[id][seq] = ISessionKeystore.Step.Requested;
            _streamed[id][seq] = streamed;
            if (ks.isStreamed(id, seq) != streamed) _violate("a request recorded in the wrong transport");
            g.requests++;
        } else if (sel == ks.respond.selector || sel == ks.respondStream.selector) {
            _steps[id][seq] = ISessionKeystore.Step.Answered;
            g.pending++;
            g.verdictDeadline = uint64(block.timestamp) + g.timeout;
        } else {
            _steps[id][seq] = ISessionKeystore.Step.Judged;
            g.pending--;
            judged++;
        }
    }

    /// @dev The contract's session must match the model after every call.
    function _compare(bytes32 id) private {
        Ghost storage g = _g[id];
        ISessionKeystore.SessionView memory v = ks.session(id);
        if (v.phase != g.phase) _violate("phase differs from the model");
        if (!_terminal(g.phase)) {
            if (v.deadline != g.deadline) _violate("deadline is not the phase change's time plus the timeout");
            if (v.acted != g.acted) _violate("acted differs from the model");
        }
        if (v.requests != g.requests) _violate("requests differ from the model");
        if (v.verdictsPending != g.pending) _violate("pending verdicts differ from the model");
        if (g.frozen != 0 && keccak256(abi.encode(v)) != g.frozen) {
            _violate("a Failed, Expired or Closed session changed");
        }
    }

    function _enter(bytes32 id, ISessionKeystore.Phase p) private {
        Ghost storage g = _g[id];
        g.phase = p;
        // deadline = now + phaseTimeout at each phase change, checked by _compare.
        g.deadline = uint64(block.timestamp) + g.timeout;
        g.acted = 0;
    }

    function _end(bytes32 id, ISessionKeystore.Phase p) private {
        Ghost storage g = _g[id];
        if (
            _terminal(g.phase) && !(g.phase == ISessionKeystore.Phase.Established && p == ISessionKeystore.Phase.Closed)
        ) {
            _violate("a terminal session moved other than Established to Closed");
        }
        g.phase = p;
        ISessionKeystore.SessionView memory v = ks.session(id);
        g.frozen = keccak256(abi.encode(v));
    }

    function _expire(bytes32 id) private {
        _call(id, stranger, abi.encodeCall(ks.expire, (id)));
    }

    /// @dev The event `sig` of session `id` with the given fault/phase, role set and
    /// reporter (SessionFailed) or phase and stalled set (SessionExpired).
    function _expectEvent(Vm.Log[] memory logs, bytes32 sig, bytes32 id, uint8 a, uint8 set, uint8 reporter) private {
        for (uint256 i = 0; i < logs.length; ++i) {
            if (logs[i].emitter != address(ks) || logs[i].topics[0] != sig || logs[i].topics[1] != id) continue;
            if (sig == FAILED_SIG) {
                (uint8 fault, uint8 culprits, uint8 rep) = abi.decode(logs[i].data, (uint8, uint8, uint8));
                if (fault != a || culprits != set || rep != reporter) {
                    _violate("SessionFailed names the wrong culprits");
                }
            } else {
                (uint8 phase_, uint8 stalled) = abi.decode(logs[i].data, (uint8, uint8));
                if (phase_ != a || stalled != set) _violate("SessionExpired names the wrong stalled roles");
            }
            return;
        }
        _violate("no terminal event");
    }

    // ---------------------------------------------------------------------------------
    // Helpers
    // ---------------------------------------------------------------------------------

    /// @dev The honest call of `role` (acting as `actor`, the coordinator in Wrapping).
    function _honestStep(bytes32 id, ISessionKeystore.Role role, ISessionKeystore.Role actor, uint256 deviation)
        private
        view
        returns (bytes memory)
    {
        Ghost storage g = _g[id];
        ISessionKeystore.Phase p = g.phase;
        if (p == ISessionKeystore.Phase.Committing) {
            return abi.encodeCall(ks.join, (id, _commitment(id, role, _account(id, role), _eph(id, role))));
        }
        if (p == ISessionKeystore.Phase.Revealing) {
            bytes32 k = deviation % 16 == 5 ? keccak256(abi.encode(deviation)) : _eph(id, role);
            return abi.encodeCall(ks.reveal, (id, k));
        }
        if (p == ISessionKeystore.Phase.Partials) {
            return abi.encodeCall(ks.publishPartial, (id, keccak256(abi.encode("partial", id, role))));
        }
        if (p == ISessionKeystore.Phase.Wrapping) {
            return abi.encodeCall(
                ks.distribute,
                (id, _filled(_wrapLen(g.suite), 0x66), _filled(_wrapLen(g.suite), bytes1(uint8(actor) + 1)))
            );
        }
        bytes32 a = keccak256(abi.encode(id, "K"));
        if (deviation % 6 == 3) a = keccak256(abi.encode(id, role, "wrong"));
        return abi.encodeCall(ks.attest, (id, a));
    }

    function _fittingFault(Ghost storage g, uint256 seed) private view returns (ISessionKeystore.Fault) {
        ISessionKeystore.Fault[4] memory all = [
            ISessionKeystore.Fault.InvalidPublicKey,
            ISessionKeystore.Fault.InvalidPartial,
            ISessionKeystore.Fault.InvalidWrap,
            ISessionKeystore.Fault.Other
        ];
        for (uint256 i = 0; i < 4; ++i) {
            ISessionKeystore.Fault f = all[(seed + i) % 4];
            if (_fits(g, f)) return f;
        }
        return ISessionKeystore.Fault.Other;
    }

    /// @dev The fault/phase table of docs/PROTOCOL.md §4.2, written out independently.
    function _fits(Ghost storage g, ISessionKeystore.Fault f) private view returns (bool) {
        bool m1 = g.method == ISessionKeystore.Method.Combined;
        ISessionKeystore.Phase p = g.phase;
        if (f == ISessionKeystore.Fault.Other) return true;
        if (f == ISessionKeystore.Fault.InvalidPublicKey) return !m1 || p != ISessionKeystore.Phase.Committing;
        if (f == ISessionKeystore.Fault.InvalidPartial) {
            return m1 && (p == ISessionKeystore.Phase.Partials || p == ISessionKeystore.Phase.Attesting);
        }
        if (f == ISessionKeystore.Fault.InvalidWrap) return !m1 && p == ISessionKeystore.Phase.Attesting;
        return false;
    }

    function _wellFormed(uint8 accused, ISessionKeystore.Fault f, ISessionKeystore.Role role)
        private
        pure
        returns (bool)
    {
        return f != ISessionKeystore.Fault.None && f != ISessionKeystore.Fault.AttestationMismatch && accused != 0
            && accused <= ALL && (accused & _bit(role)) == 0;
    }

    function _isInference(bytes4 sel) private view returns (bool) {
        return sel == ks.request.selector || sel == ks.respond.selector || sel == ks.judge.selector
            || sel == ks.close.selector || sel == ks.requestStream.selector || sel == ks.respondStream.selector;
    }

    /// @dev The lowest answered and the lowest requested sequence numbers of a session.
    function _openSteps(bytes32 id) private view returns (bool answered, uint64 aSeq, bool requested, uint64 rSeq) {
        uint64 n = _g[id].requests;
        for (uint64 s = 0; s < n; ++s) {
            ISessionKeystore.Step st = _steps[id][s];
            if (!answered && st == ISessionKeystore.Step.Answered) (answered, aSeq) = (true, s);
            if (!requested && st == ISessionKeystore.Step.Requested) (requested, rSeq) = (true, s);
        }
    }

    function _pickLive(uint256 seed) private view returns (bytes32, bool) {
        uint256 n = ids.length;
        for (uint256 i = 0; i < n; ++i) {
            bytes32 id = ids[(seed % n + i) % n];
            if (!_terminal(_g[id].phase)) return (id, true);
        }
        return (bytes32(0), false);
    }

    function _pickEstablished(uint256 seed) private view returns (bytes32, bool) {
        uint256 n = ids.length;
        for (uint256 i = 0; i < n; ++i) {
            bytes32 id = ids[(seed % n + i) % n];
            if (_g[id].phase == ISessionKeystore.Phase.Established) return (id, true);
        }
        return (bytes32(0), false);
    }

    function _live() private view returns (uint256 n) {
        for (uint256 i = 0; i < ids.length; ++i) {
            if (!_terminal(_g[ids[i]].phase)) ++n;
        }
    }

    /// @dev The recipient's active key version, registering again if it was revoked.
    function _activeVersion(address who, ISessionKeystore.Suite suite) private returns (uint32) {
        ISessionKeystore.KeyRecord memory k = ks.keyOf(who, suite);
        if (k.version != 0 && !k.revoked) return k.version;
        vm.prank(who);
        return ks.registerKey(suite, _filled(_keyLen(suite), 0x07));
    }

    function _snapshotAll() private view returns (bytes32[] memory s) {
        s = new bytes32[](ids.length);
        for (uint256 i = 0; i < ids.length; ++i) {
            s[i] = keccak256(abi.encode(ks.session(ids[i])));
        }
    }

    function _checkOthersUnchanged(bytes32[] memory before, uint256 except) private {
        for (uint256 i = 0; i < before.length; ++i) {
            if (i != except && keccak256(abi.encode(ks.session(ids[i]))) != before[i]) {
                _violate("an action on one session changed another");
            }
        }
    }

    function _violate(string memory what) private {
        if (bytes(violation).length == 0) violation = what;
    }

    function _indexOf(bytes32 id) private view returns (uint256) {
        for (uint256 i = 0; i < ids.length; ++i) {
            if (ids[i] == id) return i;
        }
        return type(uint256).max;
    }

    function _args(bytes memory data) private pure returns (bytes memory out) {
        out = new bytes(data.length - 4);
        for (uint256 i = 0; i < out.length; ++i) {
            out[i] = data[i + 4];
        }
    }

    function _roleOf(bytes32 id, address who) private view returns (bool, ISessionKeystore.Role) {
        if (who == _g[id].user) return (true, ISessionKeystore.Role.User);
        if (who == miner) return (true, ISessionKeystore.Role.Miner);
        if (who == oracle) return (true, ISessionKeystore.Role.Oracle);
        return (false, ISessionKeystore.Role.User);
    }

    function _account(bytes32 id, ISessionKeystore.Role role) private view returns (address) {
        return role == ISessionKeystore.Role.User ? _g[id].user : role == ISessionKeystore.Role.Miner ? miner : oracle;
    }

    /// @dev The commitment of docs/PROTOCOL.md §5.1, computed here, not by the contract.
    function _commitment(bytes32 id, ISessionKeystore.Role role, address account, bytes32 key)
        internal
        view
        returns (bytes32)
    {
        return keccak256(
            abi.encode(
                keccak256("sessionkeystore/v1/commitment"), block.chainid, address(ks), id, uint8(role), account, key
            )
        );
    }

    function _eph(bytes32 id, ISessionKeystore.Role role) private pure returns (bytes32) {
        return keccak256(abi.encode("eph", id, role));
    }

    function _filled(uint256 len, bytes1 b) private pure returns (bytes memory out) {
        out = new bytes(len);
        for (uint256 i = 0; i < len; i += 31) {
            out[i] = b;
        }
        out[len - 1] = b;
    }

    function _wrapLen(ISessionKeystore.Suite suite) private pure returns (uint256) {
        return suite == ISessionKeystore.Suite.X25519 ? 80 : 1168;
    }

    function _keyLen(ISessionKeystore.Suite suite) private pure returns (uint256) {
        return suite == ISessionKeystore.Suite.X25519 ? 32 : 1216;
    }

    function _bit(ISessionKeystore.Role role) private pure returns (uint8) {
        return uint8(1) << uint8(role);
    }

    function _terminal(ISessionKeystore.Phase p) private pure returns (bool) {
        return uint8(p) >= uint8(ISessionKeystore.Phase.Established);
    }
}
