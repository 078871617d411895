// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {Fixture} from "./Fixture.sol";
import {ISessionKeystore} from "../../contracts/ISessionKeystore.sol";

contract RegistryTest is Fixture {
    function test_registerKey_firstVersionAndEvent() public {
        bytes memory k = key(X25519, 1);
        vm.expectEmit(true, true, true, true, address(ks));
        emit ISessionKeystore.KeyRegistered(user, X25519, 1, keccak256(k), k);
        vm.prank(user);
        assertEq(ks.registerKey(X25519, k), 1, "version");
        ISessionKeystore.KeyRecord memory r = ks.keyOf(user, X25519);
        assertEq(r.keyHash, keccak256(k), "hash");
        assertEq(r.version, 1, "stored version");
        assertTrue(!r.revoked, "not revoked");
    }

    function test_registerKey_rotationIncrementsVersion() public {
        vm.startPrank(miner);
        assertEq(ks.registerKey(X25519, key(X25519, 99)), 2, "rotated");
        assertEq(ks.registerKey(HYBRID, key(HYBRID, 99)), 2, "hybrid rotated");
        vm.stopPrank();
        assertEq(ks.keyOf(miner, X25519).keyHash, keccak256(key(X25519, 99)), "new hash");
    }

    function test_registerKey_afterRevokeKeepsCounting() public {
        vm.startPrank(miner);
        ks.revokeKey(X25519);
        assertEq(ks.registerKey(X25519, key(X25519, 5)), 2, "version after revoke");
        vm.stopPrank();
        assertTrue(!ks.keyOf(miner, X25519).revoked, "un-revoked");
    }

    function test_registerKey_revertsOnWrongX25519Length() public {
        vm.expectRevert(abi.encodeWithSelector(ISessionKeystore.SessionKeystoreInvalidLength.selector, 32, 31));
        vm.prank(user);
        ks.registerKey(X25519, new bytes(31));
    }

    function test_registerKey_revertsOnWrongHybridLength() public {
        vm.expectRevert(abi.encodeWithSelector(ISessionKeystore.SessionKeystoreInvalidLength.selector, 1216, 32));
        vm.prank(user);
        ks.registerKey(HYBRID, key(X25519, 1));
    }

    function test_registerKey_revertsOnZeroX25519Key() public {
        vm.expectRevert(abi.encodeWithSelector(ISessionKeystore.SessionKeystoreInvalidField.selector, "publicKey"));
        vm.prank(user);
        ks.registerKey(X25519, new bytes(32));
    }

    function test_registerKey_revertsOnHybridWithZeroX25519Part() public {
        bytes memory k = key(HYBRID, 1);
        for (uint256 i = 1184; i < 1216; ++i) {
            k[i] = 0;
        }
        vm.expectRevert(abi.encodeWithSelector(ISessionKeystore.SessionKeystoreInvalidField.selector, "publicKey"));
        vm.prank(user);
        ks.registerKey(HYBRID, k);
    }

    function test_open_revertsOnHybridUserKeyWithZeroX25519Part() public {
        ISessionKeystore.OpenParams memory p = coordinatedParams(HYBRID, MINER);
        for (uint256 i = 1184; i < 1216; ++i) {
            p.userKey[i] = 0;
        }
        vm.expectRevert(abi.encodeWithSelector(ISessionKeystore.SessionKeystoreInvalidField.selector, "publicKey"));
        vm.prank(user);
        ks.open(p);
    }

    /// @dev keyOf of an account that never registered: version 0 (and revoked false).
    function test_keyOf_unregisteredIsVersionZero() public view {
        ISessionKeystore.KeyRecord memory r = ks.keyOf(stranger, X25519);
        assertTrue(r.version == 0 && r.keyHash == 0 && !r.revoked, "no key");
    }

    function testFuzz_registerKey_onlyExactLengths(uint256 len, bool hybrid) public {
        len = bound(len, 0, 1300);
        ISessionKeystore.Suite suite = hybrid ? HYBRID : X25519;
        uint256 want = hybrid ? 1216 : 32;
        bytes memory k = new bytes(len);
        if (len > 0) {
            k[0] = 0x01;
            k[len - 1] = 0x01;
        }
        if (len != want) {
            vm.expectRevert(abi.encodeWithSelector(ISessionKeystore.SessionKeystoreInvalidLength.selector, want, len));
        }
        vm.prank(stranger);
        ks.registerKey(suite, k);
        if (len == want) assertEq(ks.keyOf(stranger, suite).version, 1, "registered");
    }

    function test_revokeKey_marksRevokedAndEmits() public {
        vm.expectEmit(true, true, true, true, address(ks));
        emit ISessionKeystore.KeyRevoked(oracle, HYBRID, 1);
        vm.prank(oracle);
        ks.revokeKey(HYBRID);
        assertTrue(ks.keyOf(oracle, HYBRID).revoked, "revoked");
    }

    function test_revokeKey_revertsWithoutKey() public {
        vm.expectRevert(abi.encodeWithSelector(ISessionKeystore.SessionKeystoreNoActiveKey.selector, user, X25519));
        vm.prank(user);
        ks.revokeKey(X25519);
    }

    function test_revokeKey_revertsWhenAlreadyRevoked() public {
        vm.startPrank(miner);
        ks.revokeKey(X25519);
        vm.expectRevert(abi.encodeWithSelector(ISessionKeystore.SessionKeystoreNoActiveKey.selector, miner, X25519));
        ks.revokeKey(X25519);
        vm.stopPrank();
    }

    function test_rotation_doesNotAffectOpenSession() public {
        bytes32 id = openCoordinated(X25519, MINER);
        vm.startPrank(oracle);
        ks.registerKey(X25519, key(X25519, 42));
        ks.revokeKey(X25519);
        vm.stopPrank();
        ISessionKeystore.SessionView memory v = ks.session(id);
        assertEq(v.oracleKeyVersion, 1, "session keeps the recorded version");
        vm.prank(miner);
        ks.distribute(id, wrapOf(X25519, 1), wrapOf(X25519, 2));
        assertTrue(phase(id) == ISessionKeystore.Phase.Attesting, "session goes on");
    }
}
