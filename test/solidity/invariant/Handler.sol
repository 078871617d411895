// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {Vm} from "../utils/Vm.sol";
import {ISessionKeystore} from "../../../contracts/ISessionKeystore.sol";
import {SessionKeystore} from "../../../contracts/SessionKeystore.sol";

/// @notice Drives random actors through random actions on a few sessions, with bounded
/// inputs. Most actions are the valid next step of a random party, so sessions reach
/// every phase; the rest are hostile. After every successful call the handler compares
/// the sessions before and after and records any violation in a ghost flag, which the
/// invariants read (an assertion inside a handler would only look like a revert).
contract Handler {
    Vm private constant vm = Vm(address(uint160(uint256(keccak256("hevm cheat code")))));

    SessionKeystore public immutable ks;
    address[2] public users;
    address public immutable miner;
    address public immutable oracle;
    address public immutable stranger;

    bytes32[] public ids;
    mapping(bytes32 => address) public userOf;
    mapping(bytes32 => ISessionKeystore.Phase) public lastPhase;
    mapping(bytes32 => bytes32) public terminalSnapshot;
    mapping(address => uint64) public opened;

    struct RevealRecord {
        bytes32 id;
        ISessionKeystore.Role role;
        address account;
        bytes32 key;
    }

    RevealRecord[] public reveals;

    // Ghost violation flags and counters.
    string public violation;
    uint256 public established;
    uint256 public failed;
    uint256 public expired;
    uint256 public calls;

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

    // ---------------------------------------------------------------------------------
    // Actions
    // ---------------------------------------------------------------------------------

    function open(uint256 seed) external {
        if (ids.length >= 8) return;
        address user = users[seed % 2];
        ISessionKeystore.OpenParams memory p;
        p.miner = miner;
        p.oracle = oracle;
        p.phaseTimeout = uint32(10 + (seed >> 8) % 100);
        p.nonce = ks.nonces(user);
        bytes32 id = ks.sessionIdOf(user, p.nonce);
        uint256 kind = (seed >> 16) % 4;
        if (kind == 0) {
            p.method = ISessionKeystore.Method.Combined;
            p.commitment = ks.commitmentOf(id, ISessionKeystore.Role.User, user, _eph(id, ISessionKeystore.Role.User));
        } else {
            p.method = ISessionKeystore.Method.Coordinator;
            p.suite = ISessionKeystore.Suite((seed >> 24) % 2);
            p.coordinator = ISessionKeystore.Role(kind - 1);
            if (p.coordinator != ISessionKeystore.Role.Miner) p.minerKeyVersion = ks.keyOf(miner, p.suite).version;
            if (p.coordinator != ISessionKeystore.Role.Oracle) p.oracleKeyVersion = ks.keyOf(oracle, p.suite).version;
            if (p.coordinator == ISessionKeystore.Role.User) {
                p.wrapMiner = new bytes(_wrapLen(p.suite));
                p.wrapOracle = new bytes(_wrapLen(p.suite));
            } else {
                p.userKey = new bytes(p.suite == ISessionKeystore.Suite.X25519 ? 32 : 1216);
                p.userKey[0] = 0x09;
                p.userKey[p.userKey.length - 1] = 0x09;
            }
        }
        bytes32[] memory before = _snapshotAll();
        vm.prank(user);
        ks.open(p);
        _checkOthersUnchanged(before, type(uint256).max);
        if (ks.nonces(user) != p.nonce + 1) _violate("nonce did not advance by one");
        ids.push(id);
        userOf[id] = user;
        opened[user]++;
        _observe(id);
    }

    /// @notice The valid next step of a random party that has not acted yet.
    function step(uint256 sessionSeed, uint256 roleSeed, bool divergentAttestation) external {
        if (ids.length == 0) return;
        bytes32 id = ids[sessionSeed % ids.length];
        ISessionKeystore.SessionView memory v = ks.session(id);
        ISessionKeystore.Role role = ISessionKeystore.Role(roleSeed % 3);
        for (uint256 i = 0; i < 3 && (v.acted & (uint8(1) << uint8(role))) != 0; ++i) {
            role = ISessionKeystore.Role((uint8(role) + 1) % 3);
        }
        address who = _account(v, role);
        bytes memory data;
        if (v.phase == ISessionKeystore.Phase.Committing) {
            data = abi.encodeCall(ks.join, (id, ks.commitmentOf(id, role, who, _eph(id, role))));
        } else if (v.phase == ISessionKeystore.Phase.Revealing) {
            data = abi.encodeCall(ks.reveal, (id, _eph(id, role)));
        } else if (v.phase == ISessionKeystore.Phase.Partials) {
            data = abi.encodeCall(ks.publishPartial, (id, keccak256(abi.encode(id, role, "partial"))));
        } else if (v.phase == ISessionKeystore.Phase.Wrapping) {
            who = _account(v, v.coordinator);
            data = abi.encodeCall(ks.distribute, (id, new bytes(_wrapLen(v.suite)), new bytes(_wrapLen(v.suite))));
        } else if (v.phase == ISessionKeystore.Phase.Attesting) {
            bytes32 a = keccak256(abi.encode(id, "K"));
            if (divergentAttestation && roleSeed % 7 == 0) a = keccak256(abi.encode(id, role, "wrong"));
            data = abi.encodeCall(ks.attest, (id, a));
        } else {
            return;
        }
        _call(id, who, data);
    }

    /// @notice A reveal of an arbitrary key: accepted only if it is the committed one.
    function badReveal(uint256 sessionSeed, uint256 roleSeed, bytes32 key) external {
        if (ids.length == 0) return;
        bytes32 id = ids[sessionSeed % ids.length];
        ISessionKeystore.SessionView memory v = ks.session(id);
        _call(id, _account(v, ISessionKeystore.Role(roleSeed % 3)), abi.encodeCall(ks.reveal, (id, key)));
    }

    /// @notice A stranger (or a party in the wrong role) tries any call.
    function intrude(uint256 sessionSeed, uint256 action, bytes32 value) external {
        if (ids.length == 0) return;
        bytes32 id = ids[sessionSeed % ids.length];
        bytes memory data;
        uint256 a = action % 5;
        if (a == 0) data = abi.encodeCall(ks.join, (id, value));
        else if (a == 1) data = abi.encodeCall(ks.reveal, (id, value));
        else if (a == 2) data = abi.encodeCall(ks.publishPartial, (id, value));
        else if (a == 3) data = abi.encodeCall(ks.attest, (id, value));
        else data = abi.encodeCall(ks.distribute, (id, new bytes(80), new bytes(80)));
        _call(id, stranger, data);
    }

    function abort(uint256 sessionSeed, uint256 roleSeed, uint8 accused, uint8 fault) external {
        if (ids.length == 0) return;
        bytes32 id = ids[sessionSeed % ids.length];
        ISessionKeystore.SessionView memory v = ks.session(id);
        _call(
            id,
            _account(v, ISessionKeystore.Role(roleSeed % 3)),
            abi.encodeCall(ks.abort, (id, accused % 9, ISessionKeystore.Fault(fault % 6)))
        );
    }

    function expire(uint256 sessionSeed) external {
        if (ids.length == 0) return;
        bytes32 id = ids[sessionSeed % ids.length];
        _call(id, stranger, abi.encodeCall(ks.expire, (id)));
    }

    function warp(uint256 dt) external {
        vm.warp(block.timestamp + dt % 90);
        for (uint256 i = 0; i < ids.length; ++i) {
            _observe(ids[i]);
        }
    }

    /// @notice Liveness, checked after every run: honest steps (and, if a party is
    /// stalled, `expire` after the deadline) bring the run's first session to an end.
    /// Not a fuzz target.
    function finishFirst() external returns (bool ended) {
        if (ids.length == 0) return true;
        bytes32 id = ids[0];
        for (uint256 i = 0; i < 6 && !_terminal(ks.session(id).phase); ++i) {
            for (uint256 r = 0; r < 3; ++r) {
                try this.step(0, r, false) {} catch {}
            }
        }
        if (!_terminal(ks.session(id).phase)) {
            vm.warp(uint256(ks.session(id).deadline) + 1);
            try this.expire(0) {} catch {}
        }
        return _terminal(ks.session(id).phase);
    }

    function rotateKey(uint256 seed) external {
        address who = seed % 2 == 0 ? miner : oracle;
        ISessionKeystore.Suite suite = ISessionKeystore.Suite((seed >> 1) % 2);
        bytes memory k = new bytes(suite == ISessionKeystore.Suite.X25519 ? 32 : 1216);
        k[0] = bytes1(uint8(seed >> 8) | 1);
        k[k.length - 1] = 0x01;
        bytes32[] memory before = _snapshotAll();
        vm.prank(who);
        if ((seed >> 16) % 3 == 0) {
            ks.revokeKey(suite);
        } else {
            ks.registerKey(suite, k);
        }
        _checkOthersUnchanged(before, type(uint256).max);
    }

    // ---------------------------------------------------------------------------------
    // Checks around each call
    // ---------------------------------------------------------------------------------

    function _call(bytes32 id, address who, bytes memory data) private {
        uint256 index = _indexOf(id);
        bytes32[] memory before = _snapshotAll();
        ISessionKeystore.SessionView memory v0 = ks.session(id);
        vm.prank(who);
        (bool ok, bytes memory ret) = address(ks).call(data);
        if (!ok) {
            // Bubble the revert so forge counts it as a reverted call with no effect.
            assembly ("memory-safe") {
                revert(add(ret, 0x20), mload(ret))
            }
        }
        calls++;
        ISessionKeystore.SessionView memory v1 = ks.session(id);
        _checkOthersUnchanged(before, index);
        _checkSlots(id, v0, v1, who, data);
        _observe(id);
    }

    /// @dev Only the caller's own role slots may change, each only from zero, and a
    /// terminal session may not change at all.
    function _checkSlots(
        bytes32 id,
        ISessionKeystore.SessionView memory v0,
        ISessionKeystore.SessionView memory v1,
        address who,
        bytes memory data
    ) private {
        if (_terminal(v0.phase)) _violate("a terminal session changed");
        bool isExpire = bytes4(data) == ks.expire.selector;
        for (uint8 r = 0; r < 3; ++r) {
            bool mine = !isExpire && _account(v0, ISessionKeystore.Role(r)) == who;
            if (v0.commitments[r] != v1.commitments[r] && (!mine || v0.commitments[r] != 0)) {
                _violate("commitment slot written by another account or twice");
            }
            if (v0.attestations[r] != v1.attestations[r] && (!mine || v0.attestations[r] != 0)) {
                _violate("attestation slot written by another account or twice");
            }
            uint8 b = uint8(1) << r;
            if (v1.phase == v0.phase && (v1.acted & b) != 0 && (v0.acted & b) == 0 && !mine) {
                _violate("acted bit set for a role the caller does not hold");
            }
        }
        if (bytes4(data) == ks.reveal.selector) {
            (, bytes32 key) = abi.decode(_args(data), (bytes32, bytes32));
            for (uint8 r = 0; r < 3; ++r) {
                if (_account(v0, ISessionKeystore.Role(r)) == who) {
                    reveals.push(RevealRecord(id, ISessionKeystore.Role(r), who, key));
                }
            }
        }
    }

    function _observe(bytes32 id) private {
        ISessionKeystore.SessionView memory v = ks.session(id);
        if (uint8(v.phase) < uint8(lastPhase[id])) _violate("phase moved backwards");
        if (_terminal(v.phase) && !_terminal(lastPhase[id])) {
            terminalSnapshot[id] = keccak256(abi.encode(v));
            if (v.phase == ISessionKeystore.Phase.Established) established++;
            else if (v.phase == ISessionKeystore.Phase.Failed) failed++;
            else expired++;
        }
        lastPhase[id] = v.phase;
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

    // ---------------------------------------------------------------------------------
    // Helpers
    // ---------------------------------------------------------------------------------

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

    function _account(ISessionKeystore.SessionView memory v, ISessionKeystore.Role role)
        private
        pure
        returns (address)
    {
        return role == ISessionKeystore.Role.User ? v.user : role == ISessionKeystore.Role.Miner ? v.miner : v.oracle;
    }

    function _eph(bytes32 id, ISessionKeystore.Role role) private pure returns (bytes32) {
        return keccak256(abi.encode("eph", id, role));
    }

    function _wrapLen(ISessionKeystore.Suite suite) private pure returns (uint256) {
        return suite == ISessionKeystore.Suite.X25519 ? 80 : 1168;
    }

    function _terminal(ISessionKeystore.Phase p) private pure returns (bool) {
        return uint8(p) >= uint8(ISessionKeystore.Phase.Established);
    }
}
