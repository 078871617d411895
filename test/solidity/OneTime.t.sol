// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {Fixture} from "./Fixture.sol";
import {Vm} from "./utils/Vm.sol";
import {ISessionKeystore} from "../../contracts/ISessionKeystore.sol";

/// @notice One-time recipient keys: publication in batches, consumption by `open`, and the
/// Method 2 blame disclosure of a consumed key.
contract OneTimeTest is Fixture {
    // ---------------------------------------------------------------------------------
    // Helpers
    // ---------------------------------------------------------------------------------

    /// @dev `n` distinct nonzero 32-byte keys derived from `seed`.
    function batchOf(uint256 seed, uint256 n) internal pure returns (bytes memory keys) {
        keys = new bytes(n * 32);
        for (uint256 i = 0; i < n; ++i) {
            bytes32 k = keccak256(abi.encode("one-time", seed, i));
            for (uint256 j = 0; j < 32; ++j) {
                keys[i * 32 + j] = k[j];
            }
        }
    }

    /// @dev Batches built so far, so that every batch's keys differ.
    uint256 private _batches;

    function publish(address who, uint256 n) internal returns (uint32 first) {
        // The batch is built before the prank: the prank applies to the next call only.
        bytes memory keys = batchOf(uint256(uint160(who)) + ++_batches, n);
        vm.prank(who);
        first = ks.publishOneTimeKeys(X25519, keys);
    }

    /// @dev A hybrid batch of `n` keys derived from `seed`: one 1,184-byte ML-KEM-768
    /// encapsulation key (37 words) shared by the batch, then `n` nonzero X25519 keys.
    function hybridBatchOf(uint256 seed, uint256 n) internal pure returns (bytes memory keys) {
        keys = new bytes(1184 + n * 32);
        for (uint256 w = 0; w < 37 + n; ++w) {
            bytes32 k = keccak256(abi.encode("hybrid one-time", seed, w));
            for (uint256 j = 0; j < 32; ++j) {
                keys[w * 32 + j] = k[j];
            }
        }
    }

    /// @dev A 32-byte disclosure.
    function secretOf(uint256 v) internal pure returns (bytes memory) {
        return abi.encodePacked(bytes32(v));
    }

    function publishHybrid(address who, uint256 n) internal returns (uint32 first) {
        bytes memory keys = hybridBatchOf(uint256(uint160(who)) + ++_batches, n);
        vm.prank(who);
        first = ks.publishOneTimeKeys(HYBRID, keys);
    }

    function _expectField(string memory field) internal {
        vm.expectRevert(abi.encodeWithSelector(ISessionKeystore.SessionKeystoreInvalidField.selector, field));
    }

    /// @dev Method 2 parameters with one-time keys for both recipients (those that are
    /// recipients), X25519 versions cleared as the contract requires.
    function oneTimeParams(ISessionKeystore.Suite suite, ISessionKeystore.Role coordinator, uint32 mk, uint32 ok)
        internal
        view
        returns (ISessionKeystore.OpenParams memory p)
    {
        p = coordinatedParams(suite, coordinator);
        p.minerOneTimeKey = mk;
        p.oracleOneTimeKey = ok;
        if (mk != 0) p.minerKeyVersion = 0;
        if (ok != 0) p.oracleKeyVersion = 0;
    }

    // ---------------------------------------------------------------------------------
    // publishOneTimeKeys
    // ---------------------------------------------------------------------------------

    function test_publishOneTimeKeys_numbersFromOneAndEmits() public {
        bytes memory keys = batchOf(1, 3);
        vm.expectEmit(true, true, true, true, address(ks));
        emit ISessionKeystore.OneTimeKeysPublished(miner, X25519, 1, keccak256(keys), keys);
        vm.prank(miner);
        assertEq(ks.publishOneTimeKeys(X25519, keys), 1, "first key");
        assertEq(ks.oneTimeBatchHash(miner, X25519, 1), keccak256(keys), "batch hash stored");
        assertTrue(!ks.isOneTimeKeyAvailable(miner, X25519, 0), "key 0 is never published");
        for (uint32 k = 1; k <= 3; ++k) {
            assertTrue(ks.isOneTimeKeyAvailable(miner, X25519, k), "published key available");
        }
        assertTrue(!ks.isOneTimeKeyAvailable(miner, X25519, 4), "beyond the batch");
        assertTrue(!ks.isOneTimeKeyAvailable(oracle, X25519, 1), "keys are per account");
    }

    function test_publishOneTimeKeys_batchesContinueAcrossWords() public {
        assertEq(publish(miner, 200), 1, "first batch");
        assertEq(publish(miner, 100), 201, "second batch starts after the first");
        for (uint32 k = 1; k <= 300; ++k) {
            assertTrue(ks.isOneTimeKeyAvailable(miner, X25519, k), "every key available");
        }
        assertTrue(!ks.isOneTimeKeyAvailable(miner, X25519, 301), "next key not published");
        assertTrue(ks.oneTimeBatchHash(miner, X25519, 201) != bytes32(0), "second batch hash");
        assertEq(ks.oneTimeBatchHash(miner, X25519, 2), bytes32(0), "no batch starts at 2");
    }

    function test_publishOneTimeKeys_fullBatchOnAWordBoundary() public {
        publish(miner, 254);
        assertTrue(!ks.isOneTimeKeyAvailable(miner, X25519, 255), "a batch ending one short of the word");
        assertEq(publish(miner, 1), 255, "the last key of word 0");
        assertEq(publish(miner, 256), 256, "a full batch from key 256");
        assertTrue(ks.isOneTimeKeyAvailable(miner, X25519, 255), "word 0 kept");
        assertTrue(ks.isOneTimeKeyAvailable(miner, X25519, 256), "first of the word");
        assertTrue(ks.isOneTimeKeyAvailable(miner, X25519, 511), "last of the word");
        assertTrue(!ks.isOneTimeKeyAvailable(miner, X25519, 512), "past the batch");
    }

    function test_publishHybridOneTimeKeys_numbersItsOwnPoolAndEmits() public {
        publish(miner, 3);
        bytes memory keys = hybridBatchOf(1, 2);
        vm.expectEmit(true, true, true, true, address(ks));
        emit ISessionKeystore.OneTimeKeysPublished(miner, HYBRID, 1, keccak256(keys), keys);
        vm.prank(miner);
        assertEq(ks.publishOneTimeKeys(HYBRID, keys), 1, "hybrid keys number from 1");
        assertTrue(!ks.isOneTimeKeyAvailable(miner, HYBRID, 3), "the X25519 keys are another pool");
        assertTrue(ks.isOneTimeKeyAvailable(miner, HYBRID, 2), "key 2 available");
        assertTrue(!ks.isOneTimeKeyAvailable(miner, HYBRID, 3), "key 3 unpublished");
        assertEq(publishHybrid(miner, 1), 3, "the next batch follows");
    }

    function test_publishHybridOneTimeKeys_fullBatch() public {
        publishHybrid(oracle, 256);
        assertTrue(ks.isOneTimeKeyAvailable(oracle, HYBRID, 256), "last key");
        assertTrue(!ks.isOneTimeKeyAvailable(oracle, HYBRID, 257), "no more");
    }

    function test_publishHybridOneTimeKeys_batchSharesOneEncapsulationKey() public {
        // ek || x_1 || x_2 || x_3: three keys in 1,280 bytes, not 3 * 1,216.
        bytes memory keys = hybridBatchOf(5, 3);
        assertEq(keys.length, 1184 + 3 * 32, "batch length");
        vm.expectEmit(true, true, true, true, address(ks));
        emit ISessionKeystore.OneTimeKeysPublished(oracle, HYBRID, 1, keccak256(keys), keys);
        vm.prank(oracle);
        assertEq(ks.publishOneTimeKeys(HYBRID, keys), 1, "first key");
        assertEq(ks.oneTimeBatchHash(oracle, HYBRID, 1), keccak256(keys), "batch hash stored");
        for (uint32 k = 1; k <= 3; ++k) {
            assertTrue(ks.isOneTimeKeyAvailable(oracle, HYBRID, k), "each X25519 part is a key");
        }
        assertTrue(!ks.isOneTimeKeyAvailable(oracle, HYBRID, 4), "three keys, no more");
        assertEq(publishHybrid(oracle, 1), 4, "a one-key batch: ek || x_1");
    }

    function test_publishHybridOneTimeKeys_revertsOnBadLength() public {
        bytes memory tooMany = hybridBatchOf(3, 257);
        uint256[6] memory lengths = [uint256(0), 32, 1184, 1215, 1216 + 31, 1184 + 2 * 32 + 16];
        for (uint256 i = 0; i < lengths.length; ++i) {
            vm.expectRevert(abi.encodeWithSelector(ISessionKeystore.SessionKeystoreInvalidBatch.selector, lengths[i]));
            vm.prank(miner);
            ks.publishOneTimeKeys(HYBRID, new bytes(lengths[i]));
        }
        vm.expectRevert(abi.encodeWithSelector(ISessionKeystore.SessionKeystoreInvalidBatch.selector, 1184 + 257 * 32));
        vm.prank(miner);
        ks.publishOneTimeKeys(HYBRID, tooMany);
    }

    function test_publishHybridOneTimeKeys_revertsOnAZeroX25519Part() public {
        uint256[3] memory parts = [uint256(0), 1, 2];
        for (uint256 p = 0; p < parts.length; ++p) {
            bytes memory keys = hybridBatchOf(4, 3);
            for (uint256 j = 1184 + parts[p] * 32; j < 1184 + (parts[p] + 1) * 32; ++j) {
                keys[j] = 0;
            }
            _expectField("keys");
            vm.prank(miner);
            ks.publishOneTimeKeys(HYBRID, keys);
        }
    }

    function test_publishOneTimeKeys_revertsOnBadLength() public {
        uint256[4] memory lengths = [uint256(0), 31, 33, 257 * 32];
        for (uint256 i = 0; i < lengths.length; ++i) {
            vm.expectRevert(abi.encodeWithSelector(ISessionKeystore.SessionKeystoreInvalidBatch.selector, lengths[i]));
            vm.prank(miner);
            ks.publishOneTimeKeys(X25519, new bytes(lengths[i]));
        }
    }

    function test_publishOneTimeKeys_revertsOnAZeroKey() public {
        bytes memory keys = batchOf(1, 3);
        for (uint256 j = 32; j < 64; ++j) {
            keys[j] = 0;
        }
        _expectField("keys");
        vm.prank(miner);
        ks.publishOneTimeKeys(X25519, keys);
        assertTrue(!ks.isOneTimeKeyAvailable(miner, X25519, 1), "nothing published");
        assertEq(publish(miner, 1), 1, "numbering unmoved");
    }

    function testFuzz_publishOneTimeKeys_everyKeyOnce(uint8 a, uint8 b, uint32 probe) public {
        uint256 n1 = bound(a, 1, 256);
        uint256 n2 = bound(b, 1, 256);
        publish(oracle, n1);
        publish(oracle, n2);
        bool want = probe >= 1 && probe <= n1 + n2;
        assertTrue(ks.isOneTimeKeyAvailable(oracle, X25519, probe) == want, "available iff published");
    }

    function test_publishOneTimeKeys_everyKeyOnce() public {
        testFuzz_publishOneTimeKeys_everyKeyOnce(200, 100, 300);
    }

    // ---------------------------------------------------------------------------------
    // open with one-time keys
    // ---------------------------------------------------------------------------------

    function test_open_consumesBothOneTimeKeysX25519() public {
        publish(miner, 4);
        publish(oracle, 4);
        ISessionKeystore.OpenParams memory p = oneTimeParams(X25519, USER, 2, 3);
        bytes32 id = nextId();
        vm.expectEmit(true, true, true, true, address(ks));
        emit ISessionKeystore.SessionOpened(
            id, user, miner, oracle, ISessionKeystore.Method.Coordinator, X25519, USER, 0, TIMEOUT, 0, 0
        );
        vm.expectEmit(true, true, true, true, address(ks));
        emit ISessionKeystore.OneTimeKeysUsed(id, 2, 3);
        vm.expectEmit(true, true, true, true, address(ks));
        emit ISessionKeystore.KeyWrapped(id, MINER, p.wrapMiner);
        openWith(p);
        assertTrue(!ks.isOneTimeKeyAvailable(miner, X25519, 2), "miner key consumed");
        assertTrue(!ks.isOneTimeKeyAvailable(oracle, X25519, 3), "oracle key consumed");
        assertTrue(ks.isOneTimeKeyAvailable(miner, X25519, 3), "other keys untouched");
        assertTrue(ks.isOneTimeKeyAvailable(oracle, X25519, 2), "other keys untouched");
        assertEq(ks.oneTimeRolesOf(id), bit(MINER) | bit(ORACLE), "roles recorded");
        ISessionKeystore.SessionView memory v = ks.session(id);
        assertEq(v.minerKeyVersion, 0, "no registered miner key");
        assertEq(v.oracleKeyVersion, 0, "no registered oracle key");
    }

    function test_open_consumesHybridOneTimeKeysFromTheHybridPool() public {
        publishHybrid(miner, 2);
        publishHybrid(oracle, 1);
        publish(oracle, 1);
        ISessionKeystore.OpenParams memory p = oneTimeParams(HYBRID, USER, 2, 1);
        bytes32 id = nextId();
        vm.expectEmit(true, true, true, true, address(ks));
        emit ISessionKeystore.SessionOpened(
            id, user, miner, oracle, ISessionKeystore.Method.Coordinator, HYBRID, USER, 0, TIMEOUT, 0, 0
        );
        vm.expectEmit(true, true, true, true, address(ks));
        emit ISessionKeystore.OneTimeKeysUsed(id, 2, 1);
        openWith(p);
        assertTrue(!ks.isOneTimeKeyAvailable(miner, HYBRID, 2), "miner hybrid key consumed");
        assertTrue(!ks.isOneTimeKeyAvailable(oracle, HYBRID, 1), "oracle hybrid key consumed");
        assertTrue(ks.isOneTimeKeyAvailable(miner, HYBRID, 1), "other hybrid keys untouched");
        assertTrue(ks.isOneTimeKeyAvailable(oracle, X25519, 1), "the X25519 pool untouched");
        assertEq(ks.oneTimeRolesOf(id), bit(MINER) | bit(ORACLE), "roles recorded");
        assertEq(ks.session(id).minerKeyVersion, 0, "no registered miner key");
        assertEq(ks.session(id).oracleKeyVersion, 0, "no registered oracle key");
    }

    function test_open_revertsOnAHybridKeyNumberOnlyTheX25519PoolHas() public {
        publish(miner, 3);
        publishHybrid(miner, 1);
        ISessionKeystore.OpenParams memory p = oneTimeParams(HYBRID, ORACLE, 2, 0);
        vm.expectRevert(
            abi.encodeWithSelector(ISessionKeystore.SessionKeystoreOneTimeKeyNotPublished.selector, miner, uint32(2))
        );
        openWith(p);
        assertTrue(ks.isOneTimeKeyAvailable(miner, X25519, 2), "the X25519 key stays");
    }

    function test_open_revertsOnAUsedHybridOneTimeKey() public {
        publishHybrid(miner, 2);
        openWith(oneTimeParams(HYBRID, ORACLE, 1, 0));
        ISessionKeystore.OpenParams memory p = oneTimeParams(HYBRID, ORACLE, 1, 0);
        vm.expectRevert(
            abi.encodeWithSelector(ISessionKeystore.SessionKeystoreOneTimeKeyUsed.selector, miner, uint32(1))
        );
        openWith(p);
        assertTrue(ks.isOneTimeKeyAvailable(miner, HYBRID, 2), "key 2 stays");
    }

    function test_open_revertsOnAVersionBesideAHybridOneTimeKey() public {
        publishHybrid(miner, 1);
        ISessionKeystore.OpenParams memory p = oneTimeParams(HYBRID, ORACLE, 1, 0);
        p.minerKeyVersion = 1;
        _expectField("minerKeyVersion");
        openWith(p);
        assertTrue(ks.isOneTimeKeyAvailable(miner, HYBRID, 1), "a reverted open consumes nothing");
    }

    function test_open_registeredKeyWhenNoOneTimeKey() public {
        publish(miner, 1);
        bytes32 id = nextId();
        vm.recordLogs();
        openWith(coordinatedParams(X25519, USER));
        Vm.Log[] memory logs = vm.getRecordedLogs();
        for (uint256 i = 0; i < logs.length; ++i) {
            assertTrue(logs[i].topics[0] != ISessionKeystore.OneTimeKeysUsed.selector, "no OneTimeKeysUsed");
        }
        assertEq(ks.oneTimeRolesOf(id), 0, "no one-time key");
        assertEq(ks.session(id).minerKeyVersion, 1, "registered version");
        assertTrue(ks.isOneTimeKeyAvailable(miner, X25519, 1), "the published key stays");
    }

    function test_open_revertsOnAUsedOneTimeKey() public {
        publish(miner, 2);
        publish(oracle, 2);
        openWith(oneTimeParams(X25519, USER, 1, 1));
        ISessionKeystore.OpenParams memory p = oneTimeParams(X25519, USER, 2, 1);
        vm.expectRevert(
            abi.encodeWithSelector(ISessionKeystore.SessionKeystoreOneTimeKeyUsed.selector, oracle, uint32(1))
        );
        openWith(p);
        assertTrue(ks.isOneTimeKeyAvailable(miner, X25519, 2), "the miner's key of the reverted open stays");
    }

    function test_open_revertsOnAnUnpublishedOneTimeKey() public {
        publish(miner, 2);
        ISessionKeystore.OpenParams memory p = oneTimeParams(X25519, ORACLE, 3, 0);
        vm.expectRevert(
            abi.encodeWithSelector(ISessionKeystore.SessionKeystoreOneTimeKeyNotPublished.selector, miner, uint32(3))
        );
        openWith(p);
        // The oracle published nothing: its key 1 is another account's number, not its own.
        p = oneTimeParams(X25519, MINER, 0, 1);
        vm.expectRevert(
            abi.encodeWithSelector(ISessionKeystore.SessionKeystoreOneTimeKeyNotPublished.selector, oracle, uint32(1))
        );
        openWith(p);
    }

    function test_open_revertsOnAVersionBesideAnX25519OneTimeKey() public {
        publish(miner, 1);
        publish(oracle, 1);
        ISessionKeystore.OpenParams memory p = oneTimeParams(X25519, USER, 1, 1);
        p.minerKeyVersion = 1;
        _expectField("minerKeyVersion");
        openWith(p);
        p = oneTimeParams(X25519, USER, 1, 1);
        p.oracleKeyVersion = 1;
        _expectField("oracleKeyVersion");
        openWith(p);
    }

    function test_open_revertsOnTheCoordinatorsOwnOneTimeKey() public {
        publish(miner, 1);
        publish(oracle, 1);
        ISessionKeystore.OpenParams memory p = oneTimeParams(X25519, MINER, 1, 0);
        _expectField("minerOneTimeKey");
        openWith(p);
        p = oneTimeParams(HYBRID, ORACLE, 0, 1);
        _expectField("oracleOneTimeKey");
        openWith(p);
    }

    function test_open_revertsOnOneTimeKeysInMethod1() public {
        publish(miner, 1);
        publish(oracle, 1);
        ISessionKeystore.OpenParams memory p = combinedParams();
        p.minerOneTimeKey = 1;
        _expectField("minerOneTimeKey");
        openWith(p);
        p = combinedParams();
        p.oracleOneTimeKey = 1;
        _expectField("oracleOneTimeKey");
        openWith(p);
    }

    function testFuzz_open_eachKeyServesOneSession(uint32 k1, uint32 k2) public {
        publish(oracle, 8);
        k1 = uint32(bound(k1, 1, 8));
        k2 = uint32(bound(k2, 1, 10));
        openWith(oneTimeParams(X25519, MINER, 0, k1));
        ISessionKeystore.OpenParams memory p = oneTimeParams(X25519, MINER, 0, k2);
        if (k2 == k1) {
            vm.expectRevert(abi.encodeWithSelector(ISessionKeystore.SessionKeystoreOneTimeKeyUsed.selector, oracle, k2));
        } else if (k2 > 8) {
            vm.expectRevert(
                abi.encodeWithSelector(ISessionKeystore.SessionKeystoreOneTimeKeyNotPublished.selector, oracle, k2)
            );
        }
        openWith(p);
    }

    function test_open_eachKeyServesOneSession() public {
        testFuzz_open_eachKeyServesOneSession(3, 3);
    }

    // ---------------------------------------------------------------------------------
    // discloseOneTimeKey
    // ---------------------------------------------------------------------------------

    /// @dev A Failed Method 2 session (attestation mismatch, the oracle odd) in which both
    /// recipients used one-time keys.
    function failedOneTime() internal returns (bytes32 id) {
        publish(miner, 1);
        publish(oracle, 1);
        id = openWith(oneTimeParams(X25519, USER, 1, 1));
        attestAs(id, USER, bytes32(uint256(1)));
        attestAs(id, MINER, bytes32(uint256(1)));
        attestAs(id, ORACLE, bytes32(uint256(2)));
    }

    function test_discloseOneTimeKey_emitsOncePerRole() public {
        bytes32 id = failedOneTime();
        vm.expectEmit(true, true, true, true, address(ks));
        emit ISessionKeystore.OneTimeKeyDisclosed(id, ORACLE, secretOf(9));
        vm.prank(oracle);
        ks.discloseOneTimeKey(id, secretOf(9));
        vm.expectRevert(abi.encodeWithSelector(ISessionKeystore.SessionKeystoreAlreadyActed.selector, id, ORACLE));
        vm.prank(oracle);
        ks.discloseOneTimeKey(id, secretOf(9));
        vm.expectEmit(true, true, true, true, address(ks));
        emit ISessionKeystore.OneTimeKeyDisclosed(id, MINER, secretOf(8));
        vm.prank(miner);
        ks.discloseOneTimeKey(id, secretOf(8));
    }

    function test_discloseOneTimeKey_userRecipientDisclosesItsSessionKey() public {
        publish(oracle, 1);
        bytes32 id = openWith(oneTimeParams(X25519, MINER, 0, 1));
        vm.prank(miner);
        ks.abort(id, bit(ORACLE), ISessionKeystore.Fault.Other);
        vm.expectRevert(abi.encodeWithSelector(ISessionKeystore.SessionKeystoreNothingToDisclose.selector, id, MINER));
        vm.prank(miner);
        ks.discloseOneTimeKey(id, secretOf(7));
        vm.expectEmit(true, true, true, true, address(ks));
        emit ISessionKeystore.OneTimeKeyDisclosed(id, USER, secretOf(7));
        vm.prank(user);
        ks.discloseOneTimeKey(id, secretOf(7));
    }

    function test_discloseOneTimeKey_revertsForARoleWithoutOne() public {
        bytes32 id = failedOneTime();
        vm.expectRevert(abi.encodeWithSelector(ISessionKeystore.SessionKeystoreNothingToDisclose.selector, id, USER));
        vm.prank(user);
        ks.discloseOneTimeKey(id, secretOf(9));
        vm.expectRevert(abi.encodeWithSelector(ISessionKeystore.SessionKeystoreUnauthorized.selector, id, stranger));
        vm.prank(stranger);
        ks.discloseOneTimeKey(id, secretOf(9));
    }

    function test_discloseOneTimeKey_revertsOnZero() public {
        bytes32 id = failedOneTime();
        vm.expectRevert(abi.encodeWithSelector(ISessionKeystore.SessionKeystoreZeroValue.selector, id, MINER));
        vm.prank(miner);
        ks.discloseOneTimeKey(id, secretOf(0));
    }

    function test_discloseOneTimeKey_revertsOnAZeroX25519ScalarOfAHybridKey() public {
        bytes32 id = failedOneTime();
        vm.expectRevert(abi.encodeWithSelector(ISessionKeystore.SessionKeystoreZeroValue.selector, id, MINER));
        vm.prank(miner);
        ks.discloseOneTimeKey(id, abi.encodePacked(bytes32(uint256(1)), bytes32(uint256(2)), bytes32(0)));
    }

    function test_discloseOneTimeKey_revertsOnBadLength() public {
        bytes32 id = failedOneTime();
        uint256[5] memory lengths = [uint256(0), 31, 33, 64, 97];
        for (uint256 i = 0; i < lengths.length; ++i) {
            bytes memory secret = new bytes(lengths[i]);
            if (secret.length != 0) secret[secret.length - 1] = 0x01;
            vm.expectRevert(
                abi.encodeWithSelector(ISessionKeystore.SessionKeystoreInvalidLength.selector, 32, lengths[i])
            );
            vm.prank(miner);
            ks.discloseOneTimeKey(id, secret);
        }
    }

    function test_discloseOneTimeKey_hybridBatchKeyDisclosesSeedAndScalar() public {
        publishHybrid(miner, 2);
        publishHybrid(oracle, 2);
        bytes32 id = openWith(oneTimeParams(HYBRID, USER, 2, 1));
        vm.prank(miner);
        ks.abort(id, bit(USER), ISessionKeystore.Fault.InvalidWrap);
        // The batch's 64-byte ML-KEM-768 seed, then the key's X25519 scalar.
        bytes memory secret = abi.encodePacked(bytes32(uint256(1)), bytes32(uint256(2)), bytes32(uint256(3)));
        vm.expectEmit(true, true, true, true, address(ks));
        emit ISessionKeystore.OneTimeKeyDisclosed(id, MINER, secret);
        vm.prank(miner);
        ks.discloseOneTimeKey(id, secret);
    }

    function test_discloseOneTimeKey_onlyFailedSessions() public {
        publish(miner, 1);
        publish(oracle, 1);
        bytes32 id = openWith(oneTimeParams(X25519, USER, 1, 1));
        vm.expectRevert(
            abi.encodeWithSelector(
                ISessionKeystore.SessionKeystoreUnexpectedPhase.selector,
                id,
                ISessionKeystore.Phase.Attesting,
                phaseBit(ISessionKeystore.Phase.Failed)
            )
        );
        vm.prank(miner);
        ks.discloseOneTimeKey(id, secretOf(9));
    }

    function test_discloseOneTimeKey_revertsInMethod1() public {
        bytes32 id = openCombined();
        vm.prank(miner);
        ks.abort(id, bit(ORACLE), ISessionKeystore.Fault.Other);
        _expectField("method");
        vm.prank(miner);
        ks.discloseOneTimeKey(id, secretOf(9));
    }

    function test_discloseOneTimeKey_registeredKeySessionHasNothing() public {
        bytes32 id = openCoordinated(X25519, USER);
        vm.prank(miner);
        ks.abort(id, bit(USER), ISessionKeystore.Fault.InvalidWrap);
        vm.expectRevert(abi.encodeWithSelector(ISessionKeystore.SessionKeystoreNothingToDisclose.selector, id, MINER));
        vm.prank(miner);
        ks.discloseOneTimeKey(id, secretOf(9));
    }
}
