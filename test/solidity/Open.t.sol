// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {Fixture} from "./Fixture.sol";
import {ISessionKeystore} from "../../contracts/ISessionKeystore.sol";
import {Vm} from "./utils/Vm.sol";

contract OpenTest is Fixture {
    function _expectField(string memory field) internal {
        vm.expectRevert(abi.encodeWithSelector(ISessionKeystore.SessionKeystoreInvalidField.selector, field));
    }

    function test_open_combinedEmitsAndCommits() public {
        ISessionKeystore.OpenParams memory p = combinedParams();
        bytes32 id = keccak256(abi.encode(block.chainid, address(ks), user, uint64(0)));
        assertEq(id, nextId(), "sessionIdOf");
        vm.expectEmit(true, true, true, true, address(ks));
        emit ISessionKeystore.SessionOpened(
            id, user, miner, oracle, ISessionKeystore.Method.Combined, X25519, USER, 0, TIMEOUT, 0, 0
        );
        vm.expectEmit(true, true, true, true, address(ks));
        emit ISessionKeystore.Committed(id, USER, p.commitment);
        vm.expectEmit(true, true, true, true, address(ks));
        emit ISessionKeystore.PhaseAdvanced(id, ISessionKeystore.Phase.Committing, uint64(block.timestamp) + TIMEOUT);
        vm.expectEmit(true, true, true, true, address(ks));
        emit ISessionKeystore.OracleNamed(id, oracle);
        assertEq(openWith(p), id, "returned id");
        ISessionKeystore.SessionView memory v = ks.session(id);
        assertTrue(v.phase == ISessionKeystore.Phase.Committing, "phase");
        assertEq(v.commitments[0], p.commitment, "user commitment stored");
        assertEq(v.acted, bit(USER), "user acted");
        assertEq(ks.nonces(user), 1, "nonce incremented");
    }

    function test_open_userCoordinatedEmitsWrapsAndAttests() public {
        ISessionKeystore.OpenParams memory p = coordinatedParams(HYBRID, USER);
        bytes32 id = nextId();
        vm.expectEmit(true, true, true, true, address(ks));
        emit ISessionKeystore.SessionOpened(
            id, user, miner, oracle, ISessionKeystore.Method.Coordinator, HYBRID, USER, 0, TIMEOUT, 1, 1
        );
        vm.expectEmit(true, true, true, true, address(ks));
        emit ISessionKeystore.KeyWrapped(id, MINER, p.wrapMiner);
        vm.expectEmit(true, true, true, true, address(ks));
        emit ISessionKeystore.KeyWrapped(id, ORACLE, p.wrapOracle);
        vm.expectEmit(true, true, true, true, address(ks));
        emit ISessionKeystore.PhaseAdvanced(id, ISessionKeystore.Phase.Attesting, uint64(block.timestamp) + TIMEOUT);
        vm.expectEmit(true, true, true, true, address(ks));
        emit ISessionKeystore.OracleNamed(id, oracle);
        openWith(p);
        assertEq(ks.session(id).acted, 0, "nobody attested yet");
    }

    function test_open_minerCoordinatedPublishesUserKey() public {
        ISessionKeystore.OpenParams memory p = coordinatedParams(X25519, MINER);
        bytes32 id = nextId();
        vm.expectEmit(true, true, true, true, address(ks));
        emit ISessionKeystore.SessionOpened(
            id, user, miner, oracle, ISessionKeystore.Method.Coordinator, X25519, MINER, 0, TIMEOUT, 0, 1
        );
        vm.expectEmit(true, true, true, true, address(ks));
        emit ISessionKeystore.UserKeyPublished(id, p.userKey);
        vm.expectEmit(true, true, true, true, address(ks));
        emit ISessionKeystore.PhaseAdvanced(id, ISessionKeystore.Phase.Wrapping, uint64(block.timestamp) + TIMEOUT);
        vm.expectEmit(true, true, true, true, address(ks));
        emit ISessionKeystore.OracleNamed(id, oracle);
        openWith(p);
    }

    function test_open_namesTheOracleLastByItsIndexedAddress() public {
        bytes32 id = nextId();
        vm.recordLogs();
        openWith(combinedParams());
        Vm.Log[] memory logs = vm.getRecordedLogs();
        Vm.Log memory last = logs[logs.length - 1];
        assertEq(last.topics.length, 3, "topics");
        assertEq(last.topics[0], ISessionKeystore.OracleNamed.selector, "the last log is OracleNamed");
        assertEq(last.topics[1], id, "indexed session");
        assertEq(last.topics[2], bytes32(uint256(uint160(oracle))), "indexed oracle");
        assertEq(last.data.length, 0, "no data");
        for (uint256 i = 0; i + 1 < logs.length; ++i) {
            assertTrue(logs[i].topics[0] != ISessionKeystore.OracleNamed.selector, "OracleNamed once");
        }
    }

    function test_open_oracleCoordinatorNeedsNoOwnKey() public {
        vm.prank(oracle);
        ks.revokeKey(X25519);
        bytes32 id = openCoordinated(X25519, ORACLE);
        assertEq(ks.session(id).oracleKeyVersion, 0, "coordinator key not used");
        assertEq(ks.session(id).minerKeyVersion, 1, "miner key recorded");
    }

    function test_open_revertsOnZeroMiner() public {
        ISessionKeystore.OpenParams memory p = combinedParams();
        p.miner = address(0);
        vm.expectRevert(
            abi.encodeWithSelector(ISessionKeystore.SessionKeystoreInvalidParties.selector, user, address(0), oracle)
        );
        openWith(p);
    }

    function test_open_revertsOnZeroOracle() public {
        ISessionKeystore.OpenParams memory p = combinedParams();
        p.oracle = address(0);
        vm.expectRevert(
            abi.encodeWithSelector(ISessionKeystore.SessionKeystoreInvalidParties.selector, user, miner, address(0))
        );
        openWith(p);
    }

    function test_open_revertsOnUserAsMiner() public {
        ISessionKeystore.OpenParams memory p = combinedParams();
        p.miner = user;
        vm.expectRevert(
            abi.encodeWithSelector(ISessionKeystore.SessionKeystoreInvalidParties.selector, user, user, oracle)
        );
        openWith(p);
    }

    function test_open_revertsOnUserAsOracle() public {
        ISessionKeystore.OpenParams memory p = combinedParams();
        p.oracle = user;
        vm.expectRevert(
            abi.encodeWithSelector(ISessionKeystore.SessionKeystoreInvalidParties.selector, user, miner, user)
        );
        openWith(p);
    }

    function test_open_revertsOnMinerAsOracle() public {
        ISessionKeystore.OpenParams memory p = combinedParams();
        p.oracle = miner;
        vm.expectRevert(
            abi.encodeWithSelector(ISessionKeystore.SessionKeystoreInvalidParties.selector, user, miner, miner)
        );
        openWith(p);
    }

    function test_open_revertsOnShortTimeout() public {
        ISessionKeystore.OpenParams memory p = combinedParams();
        p.phaseTimeout = 9;
        vm.expectRevert(abi.encodeWithSelector(ISessionKeystore.SessionKeystoreInvalidTimeout.selector, 9));
        openWith(p);
    }

    function test_open_revertsOnLongTimeout() public {
        ISessionKeystore.OpenParams memory p = combinedParams();
        p.phaseTimeout = 30 days + 1;
        vm.expectRevert(abi.encodeWithSelector(ISessionKeystore.SessionKeystoreInvalidTimeout.selector, 30 days + 1));
        openWith(p);
    }

    function testFuzz_open_timeoutBounds(uint32 t) public {
        ISessionKeystore.OpenParams memory p = combinedParams();
        p.phaseTimeout = t;
        if (t < 10 || t > 30 days) {
            vm.expectRevert(abi.encodeWithSelector(ISessionKeystore.SessionKeystoreInvalidTimeout.selector, t));
        }
        bytes32 id = openWith(p);
        if (t >= 10 && t <= 30 days) assertEq(ks.session(id).deadline, block.timestamp + t, "deadline");
    }

    function _expectNonce(uint64 least, uint64 actual) internal {
        vm.expectRevert(
            abi.encodeWithSelector(ISessionKeystore.SessionKeystoreInvalidNonce.selector, user, least, actual)
        );
    }

    function test_open_revertsOnReplayedNonce() public {
        ISessionKeystore.OpenParams memory p = combinedParams();
        openWith(p);
        _expectNonce(1, 0);
        openWith(p);
    }

    /// @dev F3: the user prepared opens #0 and #1; a recipient of #0 revokes its key, so #0
    /// reverts. #1, to unrelated parties, must still open with the nonce its wraps bind.
    function test_open_oneFailedOpenDoesNotBreakTheNext() public {
        ISessionKeystore.OpenParams memory first = coordinatedParams(X25519, USER);
        ISessionKeystore.OpenParams memory second = coordinatedParams(HYBRID, USER);
        second.nonce = first.nonce + 1;
        vm.prank(oracle);
        ks.revokeKey(X25519);
        vm.expectRevert(
            abi.encodeWithSelector(ISessionKeystore.SessionKeystoreKeyNotRegistered.selector, oracle, X25519)
        );
        openWith(first);
        bytes32 id = openWith(second);
        assertEq(id, ks.sessionIdOf(user, 1), "the id the wraps were built for");
        assertEq(ks.nonces(user), 2, "next nonce after the last one used");
        // The skipped nonce can never be used afterwards: no id is ever reused or reordered.
        _expectNonce(2, 0);
        openWith(first);
    }

    function test_open_skippedNonceIsLost() public {
        ISessionKeystore.OpenParams memory p = combinedParams();
        p.nonce = 5;
        bytes32 id = openWith(p);
        assertEq(id, ks.sessionIdOf(user, 5), "id of nonce 5");
        assertEq(ks.nonces(user), 6, "nonces");
        p.nonce = 4;
        _expectNonce(6, 4);
        openWith(p);
    }

    function test_open_revertsOnLastNonce() public {
        ISessionKeystore.OpenParams memory p = combinedParams();
        p.nonce = type(uint64).max;
        _expectNonce(0, type(uint64).max);
        openWith(p);
    }

    function testFuzz_open_nonceAtLeastNext(uint64 nonce) public {
        openCombined(); // nonces(user) == 1
        ISessionKeystore.OpenParams memory p = combinedParams();
        p.nonce = nonce;
        bool ok = nonce >= 1 && nonce != type(uint64).max;
        if (!ok) _expectNonce(1, nonce);
        openWith(p);
        if (ok) assertEq(ks.nonces(user), nonce + 1, "nonces");
    }

    function test_open_nonceAtLeastNext() public {
        openCombined();
        ISessionKeystore.OpenParams memory p = combinedParams();
        p.nonce = 0;
        _expectNonce(1, 0);
        openWith(p);
    }

    function test_open_combinedRevertsOnHybrid() public {
        ISessionKeystore.OpenParams memory p = combinedParams();
        p.suite = HYBRID;
        vm.expectRevert(
            abi.encodeWithSelector(
                ISessionKeystore.SessionKeystoreUnsupportedSuite.selector, ISessionKeystore.Method.Combined, HYBRID
            )
        );
        openWith(p);
    }

    function test_open_combinedRevertsOnCoordinator() public {
        ISessionKeystore.OpenParams memory p = combinedParams();
        p.coordinator = MINER;
        _expectField("coordinator");
        openWith(p);
    }

    function test_open_combinedRevertsOnZeroCommitment() public {
        ISessionKeystore.OpenParams memory p = combinedParams();
        p.commitment = bytes32(0);
        _expectField("commitment");
        openWith(p);
    }

    function test_open_combinedRevertsOnUserKey() public {
        ISessionKeystore.OpenParams memory p = combinedParams();
        p.userKey = key(X25519, 1);
        _expectField("userKey");
        openWith(p);
    }

    function test_open_combinedRevertsOnWrapMiner() public {
        ISessionKeystore.OpenParams memory p = combinedParams();
        p.wrapMiner = wrapOf(X25519, 1);
        _expectField("wrapMiner");
        openWith(p);
    }

    function test_open_combinedRevertsOnWrapOracle() public {
        ISessionKeystore.OpenParams memory p = combinedParams();
        p.wrapOracle = wrapOf(X25519, 1);
        _expectField("wrapOracle");
        openWith(p);
    }

    function test_open_coordinatedRevertsOnCommitment() public {
        ISessionKeystore.OpenParams memory p = coordinatedParams(X25519, USER);
        p.commitment = bytes32(uint256(1));
        _expectField("commitment");
        openWith(p);
    }

    function test_open_userCoordinatedRevertsOnUserKey() public {
        ISessionKeystore.OpenParams memory p = coordinatedParams(X25519, USER);
        p.userKey = key(X25519, 1);
        _expectField("userKey");
        openWith(p);
    }

    function test_open_userCoordinatedRevertsOnShortWrapMiner() public {
        ISessionKeystore.OpenParams memory p = coordinatedParams(X25519, USER);
        p.wrapMiner = new bytes(79);
        vm.expectRevert(abi.encodeWithSelector(ISessionKeystore.SessionKeystoreInvalidLength.selector, 80, 79));
        openWith(p);
    }

    function test_open_userCoordinatedRevertsOnLongWrapOracle() public {
        ISessionKeystore.OpenParams memory p = coordinatedParams(HYBRID, USER);
        p.wrapOracle = new bytes(1169);
        vm.expectRevert(abi.encodeWithSelector(ISessionKeystore.SessionKeystoreInvalidLength.selector, 1168, 1169));
        openWith(p);
    }

    function testFuzz_open_wrapLength(uint256 len) public {
        len = bound(len, 0, 1300);
        ISessionKeystore.OpenParams memory p = coordinatedParams(X25519, USER);
        p.wrapOracle = new bytes(len);
        if (len != 80) {
            vm.expectRevert(abi.encodeWithSelector(ISessionKeystore.SessionKeystoreInvalidLength.selector, 80, len));
        }
        openWith(p);
    }

    function test_open_minerCoordinatedRevertsOnWrongUserKeyLength() public {
        ISessionKeystore.OpenParams memory p = coordinatedParams(HYBRID, MINER);
        p.userKey = key(X25519, 1);
        vm.expectRevert(abi.encodeWithSelector(ISessionKeystore.SessionKeystoreInvalidLength.selector, 1216, 32));
        openWith(p);
    }

    function test_open_minerCoordinatedRevertsOnZeroUserKey() public {
        ISessionKeystore.OpenParams memory p = coordinatedParams(X25519, MINER);
        p.userKey = new bytes(32);
        _expectField("publicKey");
        openWith(p);
    }

    function test_open_minerCoordinatedRevertsOnWrapMiner() public {
        ISessionKeystore.OpenParams memory p = coordinatedParams(X25519, MINER);
        p.wrapMiner = wrapOf(X25519, 1);
        _expectField("wrapMiner");
        openWith(p);
    }

    function test_open_minerCoordinatedRevertsOnWrapOracle() public {
        ISessionKeystore.OpenParams memory p = coordinatedParams(X25519, ORACLE);
        p.wrapOracle = wrapOf(X25519, 1);
        _expectField("wrapOracle");
        openWith(p);
    }

    function test_open_revertsOnUnregisteredRecipient() public {
        ISessionKeystore.OpenParams memory p = coordinatedParams(X25519, USER);
        p.miner = stranger;
        vm.expectRevert(
            abi.encodeWithSelector(ISessionKeystore.SessionKeystoreKeyNotRegistered.selector, stranger, X25519)
        );
        openWith(p);
    }

    function test_open_revertsOnRevokedRecipient() public {
        vm.prank(oracle);
        ks.revokeKey(HYBRID);
        ISessionKeystore.OpenParams memory p = coordinatedParams(HYBRID, MINER);
        vm.expectRevert(
            abi.encodeWithSelector(ISessionKeystore.SessionKeystoreKeyNotRegistered.selector, oracle, HYBRID)
        );
        openWith(p);
    }

    function test_open_sessionsAreIndependentPerUser() public {
        bytes32 a = openCombined();
        ISessionKeystore.OpenParams memory p = combinedParams();
        p.nonce = 0;
        vm.prank(stranger);
        bytes32 b = ks.open(p);
        assertTrue(a != b, "distinct ids for distinct users");
        assertEq(ks.session(b).user, stranger, "stranger's session");
        assertEq(ks.session(a).user, user, "user's session untouched");
    }

    // ---------------------------------------------------------------------------------
    // Pinned recipient key versions (F1)
    // ---------------------------------------------------------------------------------

    function _expectVersionMismatch(address account, ISessionKeystore.Suite suite, uint32 expected, uint32 current)
        internal
    {
        vm.expectRevert(
            abi.encodeWithSelector(
                ISessionKeystore.SessionKeystoreKeyVersionMismatch.selector, account, suite, expected, current
            )
        );
    }

    /// @dev The user wraps to the miner's key version 1; the miner rotates before the open
    /// is mined. Recording version 2 would make the wrap unopenable and the honest oracle
    /// accuse the user: the open must revert instead.
    function test_open_revertsWhenMinerRotatedAfterWrapping() public {
        ISessionKeystore.OpenParams memory p = coordinatedParams(X25519, USER);
        vm.prank(miner);
        ks.registerKey(X25519, key(X25519, 99));
        _expectVersionMismatch(miner, X25519, 1, 2);
        openWith(p);
    }

    function test_open_revertsWhenOracleRotatedBeforeMinerCoordinates() public {
        ISessionKeystore.OpenParams memory p = coordinatedParams(HYBRID, MINER);
        vm.prank(oracle);
        ks.registerKey(HYBRID, key(HYBRID, 99));
        _expectVersionMismatch(oracle, HYBRID, 1, 2);
        openWith(p);
    }

    function test_open_revertsWhenRecipientRevokedAndRegisteredAgain() public {
        ISessionKeystore.OpenParams memory p = coordinatedParams(X25519, ORACLE);
        vm.startPrank(miner);
        ks.revokeKey(X25519);
        ks.registerKey(X25519, key(X25519, 99));
        vm.stopPrank();
        _expectVersionMismatch(miner, X25519, 1, 2);
        openWith(p);
    }

    function test_open_recordsThePinnedVersions() public {
        vm.prank(oracle);
        ks.registerKey(X25519, key(X25519, 99));
        bytes32 id = openCoordinated(X25519, USER);
        assertEq(ks.session(id).minerKeyVersion, 1, "miner version");
        assertEq(ks.session(id).oracleKeyVersion, 2, "oracle version");
    }

    function testFuzz_open_pinnedVersionMustBeCurrent(uint32 version) public {
        ISessionKeystore.OpenParams memory p = coordinatedParams(X25519, MINER);
        p.oracleKeyVersion = version;
        if (version != 1) _expectVersionMismatch(oracle, X25519, version, 1);
        bytes32 id = openWith(p);
        if (version == 1) assertEq(ks.session(id).oracleKeyVersion, 1, "recorded");
    }

    function test_open_pinnedVersionMustBeCurrent() public {
        ISessionKeystore.OpenParams memory p = coordinatedParams(X25519, MINER);
        p.oracleKeyVersion = 0;
        _expectVersionMismatch(oracle, X25519, 0, 1);
        openWith(p);
    }

    function test_open_revertsOnVersionForCoordinator() public {
        ISessionKeystore.OpenParams memory p = coordinatedParams(X25519, MINER);
        p.minerKeyVersion = 1;
        _expectField("minerKeyVersion");
        openWith(p);
    }

    function test_open_revertsOnVersionForOracleCoordinator() public {
        ISessionKeystore.OpenParams memory p = coordinatedParams(HYBRID, ORACLE);
        p.oracleKeyVersion = 1;
        _expectField("oracleKeyVersion");
        openWith(p);
    }

    function test_open_combinedRevertsOnKeyVersion() public {
        ISessionKeystore.OpenParams memory p = combinedParams();
        p.minerKeyVersion = 1;
        _expectField("minerKeyVersion");
        openWith(p);
        p.minerKeyVersion = 0;
        p.oracleKeyVersion = 1;
        _expectField("oracleKeyVersion");
        openWith(p);
    }
}
