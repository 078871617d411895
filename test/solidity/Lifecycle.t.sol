// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {Fixture} from "./Fixture.sol";
import {ISessionKeystore} from "../../contracts/ISessionKeystore.sol";

/// @notice distribute, attest, abort, expire, multicall, views and terminal states.
contract LifecycleTest is Fixture {
    ISessionKeystore.Phase internal constant WRAPPING = ISessionKeystore.Phase.Wrapping;
    ISessionKeystore.Phase internal constant ATTESTING = ISessionKeystore.Phase.Attesting;
    ISessionKeystore.Phase internal constant ESTABLISHED = ISessionKeystore.Phase.Established;
    ISessionKeystore.Phase internal constant FAILED = ISessionKeystore.Phase.Failed;
    ISessionKeystore.Phase internal constant EXPIRED = ISessionKeystore.Phase.Expired;
    ISessionKeystore.Fault internal constant MISMATCH = ISessionKeystore.Fault.AttestationMismatch;

    function _openPhases() internal pure returns (uint256) {
        return (1 << 1) | (1 << 2) | (1 << 3) | (1 << 4) | (1 << 5);
    }

    // distribute -----------------------------------------------------------------------

    function test_distribute_minerCoordinatorWrapsUserAndOracle() public {
        bytes32 id = openCoordinated(HYBRID, MINER);
        bytes memory wu = wrapOf(HYBRID, 3);
        bytes memory wo = wrapOf(HYBRID, 4);
        vm.expectEmit(true, true, true, true, address(ks));
        emit ISessionKeystore.KeyWrapped(id, USER, wu);
        vm.expectEmit(true, true, true, true, address(ks));
        emit ISessionKeystore.KeyWrapped(id, ORACLE, wo);
        vm.expectEmit(true, true, true, true, address(ks));
        emit ISessionKeystore.PhaseAdvanced(id, ATTESTING, uint64(block.timestamp) + TIMEOUT);
        vm.prank(miner);
        ks.distribute(id, wu, wo);
    }

    function test_distribute_oracleCoordinatorWrapsUserAndMiner() public {
        bytes32 id = openCoordinated(X25519, ORACLE);
        bytes memory wu = wrapOf(X25519, 3);
        bytes memory wm = wrapOf(X25519, 4);
        vm.expectEmit(true, true, true, true, address(ks));
        emit ISessionKeystore.KeyWrapped(id, USER, wu);
        vm.expectEmit(true, true, true, true, address(ks));
        emit ISessionKeystore.KeyWrapped(id, MINER, wm);
        vm.prank(oracle);
        ks.distribute(id, wu, wm);
        assertTrue(phase(id) == ATTESTING, "attesting");
    }

    function test_distribute_revertsForNonCoordinatorParty() public {
        bytes32 id = openCoordinated(X25519, MINER);
        vm.expectRevert(abi.encodeWithSelector(ISessionKeystore.SessionKeystoreUnauthorized.selector, id, oracle));
        vm.prank(oracle);
        ks.distribute(id, wrapOf(X25519, 1), wrapOf(X25519, 2));
    }

    function test_distribute_revertsForStranger() public {
        bytes32 id = openCoordinated(X25519, MINER);
        vm.expectRevert(abi.encodeWithSelector(ISessionKeystore.SessionKeystoreUnauthorized.selector, id, stranger));
        vm.prank(stranger);
        ks.distribute(id, wrapOf(X25519, 1), wrapOf(X25519, 2));
    }

    function test_distribute_revertsWhenUserCoordinated() public {
        bytes32 id = openCoordinated(X25519, USER);
        vm.expectRevert(
            abi.encodeWithSelector(
                ISessionKeystore.SessionKeystoreUnexpectedPhase.selector, id, ATTESTING, phaseBit(WRAPPING)
            )
        );
        vm.prank(user);
        ks.distribute(id, wrapOf(X25519, 1), wrapOf(X25519, 2));
    }

    function test_distribute_revertsOnWrongUserWrapLength() public {
        bytes32 id = openCoordinated(X25519, MINER);
        vm.expectRevert(abi.encodeWithSelector(ISessionKeystore.SessionKeystoreInvalidLength.selector, 80, 1168));
        vm.prank(miner);
        ks.distribute(id, wrapOf(HYBRID, 1), wrapOf(X25519, 2));
    }

    function test_distribute_revertsOnWrongOtherWrapLength() public {
        bytes32 id = openCoordinated(HYBRID, ORACLE);
        vm.expectRevert(abi.encodeWithSelector(ISessionKeystore.SessionKeystoreInvalidLength.selector, 1168, 0));
        vm.prank(oracle);
        ks.distribute(id, wrapOf(HYBRID, 1), "");
    }

    function test_distribute_revertsAfterDeadline() public {
        bytes32 id = openCoordinated(X25519, MINER);
        uint64 deadline = ks.session(id).deadline;
        vm.warp(deadline + 1);
        vm.expectRevert(abi.encodeWithSelector(ISessionKeystore.SessionKeystoreDeadlinePassed.selector, id, deadline));
        vm.prank(miner);
        ks.distribute(id, wrapOf(X25519, 1), wrapOf(X25519, 2));
    }

    function test_distribute_revertsTwice() public {
        bytes32 id = openCoordinated(X25519, MINER);
        vm.startPrank(miner);
        ks.distribute(id, wrapOf(X25519, 1), wrapOf(X25519, 2));
        vm.expectRevert(
            abi.encodeWithSelector(
                ISessionKeystore.SessionKeystoreUnexpectedPhase.selector, id, ATTESTING, phaseBit(WRAPPING)
            )
        );
        ks.distribute(id, wrapOf(X25519, 1), wrapOf(X25519, 2));
        vm.stopPrank();
    }

    // attest ---------------------------------------------------------------------------

    function test_attest_establishesWhenAllEqual() public {
        bytes32 id = combinedAttesting();
        bytes32 a = keccak256("a");
        vm.expectEmit(true, true, true, true, address(ks));
        emit ISessionKeystore.Attested(id, USER, a);
        attestAs(id, USER, a);
        attestAs(id, MINER, a);
        vm.expectEmit(true, true, true, true, address(ks));
        emit ISessionKeystore.Attested(id, ORACLE, a);
        vm.expectEmit(true, true, true, true, address(ks));
        emit ISessionKeystore.SessionEstablished(id, a);
        attestAs(id, ORACLE, a);
        assertTrue(phase(id) == ESTABLISHED, "established");
        assertTrue(ks.phaseOf(id) == ESTABLISHED, "phaseOf");
        ISessionKeystore.SessionView memory v = ks.session(id);
        for (uint256 i = 0; i < 3; ++i) {
            assertEq(v.attestations[i], a, "stored attestation");
        }
    }

    function test_attest_userCoordinatedSessionEstablishes() public {
        bytes32 id = openCoordinated(X25519, USER);
        bytes32 a = keccak256("k");
        attestAs(id, MINER, a);
        attestAs(id, ORACLE, a);
        attestAs(id, USER, a);
        assertTrue(phase(id) == ESTABLISHED, "two rounds");
    }

    function _failWith(bytes32 u, bytes32 m, bytes32 o, uint8 culprits) internal {
        bytes32 id = combinedAttesting();
        attestAs(id, USER, u);
        attestAs(id, MINER, m);
        vm.expectEmit(true, true, true, true, address(ks));
        emit ISessionKeystore.SessionFailed(id, MISMATCH, culprits, ORACLE);
        attestAs(id, ORACLE, o);
        assertTrue(phase(id) == FAILED, "failed");
    }

    function test_attest_oddOracleIsCulprit() public {
        _failWith("a", "a", "b", 4);
    }

    function test_attest_oddMinerIsCulprit() public {
        _failWith("a", "b", "a", 2);
    }

    function test_attest_oddUserIsCulprit() public {
        _failWith("b", "a", "a", 1);
    }

    function test_attest_allDifferentNamesAll() public {
        _failWith("a", "b", "c", 7);
    }

    function testFuzz_attest_outcome(bytes32 u, bytes32 m, bytes32 o) public {
        vm.assume(u != 0 && m != 0 && o != 0);
        bytes32 id = combinedAttesting();
        attestAs(id, USER, u);
        attestAs(id, MINER, m);
        attestAs(id, ORACLE, o);
        if (u == m && m == o) {
            assertTrue(phase(id) == ESTABLISHED, "equal: established");
        } else {
            assertTrue(phase(id) == FAILED, "unequal: failed");
        }
    }

    /// Attestations in any order, from a small alphabet so that agreements are common:
    /// the view returns what each role posted, and the outcome and culprits follow the
    /// majority, whoever posted first (the contract stores the first value and only the
    /// values that differ from it).
    function testFuzz_attest_anyOrder(uint8 order, uint8 ru, uint8 rm, uint8 ro) public {
        bytes32[3] memory a = [bytes32(uint256(ru % 3) + 1), bytes32(uint256(rm % 3) + 1), bytes32(uint256(ro % 3) + 1)];
        ISessionKeystore.Role[3] memory roles;
        uint256 perm = order % 6;
        roles[0] = ISessionKeystore.Role(perm / 2);
        roles[1] = ISessionKeystore.Role((perm / 2 + 1 + perm % 2) % 3);
        roles[2] = ISessionKeystore.Role(3 - uint8(roles[0]) - uint8(roles[1]));
        bool equal = a[0] == a[1] && a[1] == a[2];
        uint8 culprits = 7;
        if (a[0] == a[1]) culprits = 4;
        else if (a[0] == a[2]) culprits = 2;
        else if (a[1] == a[2]) culprits = 1;
        bytes32 id = combinedAttesting();
        for (uint256 i; i < 3; ++i) {
            if (i == 2) {
                vm.expectEmit(true, true, true, true, address(ks));
                if (equal) emit ISessionKeystore.SessionEstablished(id, a[0]);
                else emit ISessionKeystore.SessionFailed(id, MISMATCH, culprits, roles[2]);
            }
            attestAs(id, roles[i], a[uint8(roles[i])]);
            ISessionKeystore.SessionView memory v = ks.session(id);
            for (uint256 j; j < 3; ++j) {
                assertEq(v.attestations[uint8(roles[j])], j <= i ? a[uint8(roles[j])] : bytes32(0), "view");
            }
        }
        assertTrue(phase(id) == (equal ? ESTABLISHED : FAILED), "outcome");
    }

    function test_attest_revertsBeforeAttesting() public {
        bytes32 id = openCombined();
        vm.expectRevert(
            abi.encodeWithSelector(
                ISessionKeystore.SessionKeystoreUnexpectedPhase.selector,
                id,
                ISessionKeystore.Phase.Committing,
                phaseBit(ATTESTING)
            )
        );
        attestAs(id, USER, "a");
    }

    function test_attest_revertsOnZero() public {
        bytes32 id = combinedAttesting();
        vm.expectRevert(abi.encodeWithSelector(ISessionKeystore.SessionKeystoreZeroValue.selector, id, MINER));
        attestAs(id, MINER, bytes32(0));
    }

    function test_attest_revertsTwice() public {
        bytes32 id = combinedAttesting();
        attestAs(id, ORACLE, "a");
        vm.expectRevert(abi.encodeWithSelector(ISessionKeystore.SessionKeystoreAlreadyActed.selector, id, ORACLE));
        attestAs(id, ORACLE, "b");
    }

    function test_attest_revertsForStranger() public {
        bytes32 id = combinedAttesting();
        vm.expectRevert(abi.encodeWithSelector(ISessionKeystore.SessionKeystoreUnauthorized.selector, id, stranger));
        vm.prank(stranger);
        ks.attest(id, "a");
    }

    function test_attest_revertsAfterDeadline() public {
        bytes32 id = combinedAttesting();
        uint64 deadline = ks.session(id).deadline;
        vm.warp(deadline + 1);
        vm.expectRevert(abi.encodeWithSelector(ISessionKeystore.SessionKeystoreDeadlinePassed.selector, id, deadline));
        attestAs(id, USER, "a");
    }

    // abort ----------------------------------------------------------------------------

    function test_abort_failsNamingAccused() public {
        bytes32 id = openCombined();
        joinAll(id);
        revealAll(id);
        vm.expectEmit(true, true, true, true, address(ks));
        emit ISessionKeystore.SessionFailed(id, ISessionKeystore.Fault.InvalidPartial, bit(USER), MINER);
        vm.prank(miner);
        ks.abort(id, bit(USER), ISessionKeystore.Fault.InvalidPartial);
        assertTrue(phase(id) == FAILED, "failed");
    }

    function test_abort_revertsOnUnknownSession() public {
        vm.expectRevert(abi.encodeWithSelector(ISessionKeystore.SessionKeystoreUnknownSession.selector, bytes32(0)));
        vm.prank(miner);
        ks.abort(bytes32(0), 1, ISessionKeystore.Fault.Other);
    }

    function test_abort_revertsForStranger() public {
        bytes32 id = openCombined();
        vm.expectRevert(abi.encodeWithSelector(ISessionKeystore.SessionKeystoreUnauthorized.selector, id, stranger));
        vm.prank(stranger);
        ks.abort(id, 1, ISessionKeystore.Fault.Other);
    }

    function test_abort_revertsAfterDeadline() public {
        bytes32 id = openCombined();
        uint64 deadline = ks.session(id).deadline;
        vm.warp(deadline + 1);
        vm.expectRevert(abi.encodeWithSelector(ISessionKeystore.SessionKeystoreDeadlinePassed.selector, id, deadline));
        vm.prank(miner);
        ks.abort(id, 1, ISessionKeystore.Fault.Other);
    }

    function test_abort_revertsAfterTerminal() public {
        bytes32 id = openCombined();
        vm.prank(miner);
        ks.abort(id, 1, ISessionKeystore.Fault.Other);
        vm.expectRevert(
            abi.encodeWithSelector(ISessionKeystore.SessionKeystoreUnexpectedPhase.selector, id, FAILED, _openPhases())
        );
        vm.prank(oracle);
        ks.abort(id, 1, ISessionKeystore.Fault.Other);
    }

    function _expectBadAccusation(uint8 accused, ISessionKeystore.Fault fault) internal {
        bytes32 id = openCombined();
        vm.expectRevert(
            abi.encodeWithSelector(ISessionKeystore.SessionKeystoreInvalidAccusation.selector, accused, fault)
        );
        vm.prank(miner);
        ks.abort(id, accused, fault);
    }

    function test_abort_revertsOnFaultNone() public {
        _expectBadAccusation(1, ISessionKeystore.Fault.None);
    }

    function test_abort_revertsOnFaultMismatch() public {
        _expectBadAccusation(1, MISMATCH);
    }

    function test_abort_revertsOnNobodyAccused() public {
        _expectBadAccusation(0, ISessionKeystore.Fault.Other);
    }

    function test_abort_revertsOnUnknownRole() public {
        _expectBadAccusation(8, ISessionKeystore.Fault.Other);
    }

    function test_abort_revertsOnSelfAccusation() public {
        _expectBadAccusation(bit(MINER) | bit(USER), ISessionKeystore.Fault.InvalidWrap);
    }

    function testFuzz_abort_accusation(uint8 accused, uint8 faultRaw) public {
        ISessionKeystore.Fault fault = ISessionKeystore.Fault(bound(faultRaw, 0, 5));
        bytes32 id = openCombined();
        bool wellFormed = fault != ISessionKeystore.Fault.None && fault != MISMATCH && accused != 0 && accused <= 7
            && accused & bit(ORACLE) == 0;
        // In Method 1 Committing nothing checkable has been published: only Other fits.
        bool valid = wellFormed && fault == ISessionKeystore.Fault.Other;
        if (!wellFormed) {
            vm.expectRevert(
                abi.encodeWithSelector(ISessionKeystore.SessionKeystoreInvalidAccusation.selector, accused, fault)
            );
        } else if (!valid) {
            _expectNotApplicable(id, ISessionKeystore.Method.Combined, ISessionKeystore.Phase.Committing, fault);
        }
        vm.prank(oracle);
        ks.abort(id, accused, fault);
        assertTrue((phase(id) == FAILED) == valid, "failed iff valid");
    }

    // abort: no framing after attesting, faults that fit (F4) -------------------------

    ISessionKeystore.Fault internal constant BAD_KEY = ISessionKeystore.Fault.InvalidPublicKey;
    ISessionKeystore.Fault internal constant BAD_PARTIAL = ISessionKeystore.Fault.InvalidPartial;
    ISessionKeystore.Fault internal constant BAD_WRAP = ISessionKeystore.Fault.InvalidWrap;
    ISessionKeystore.Fault internal constant OTHER = ISessionKeystore.Fault.Other;

    function _expectNotApplicable(
        bytes32 id,
        ISessionKeystore.Method method,
        ISessionKeystore.Phase p,
        ISessionKeystore.Fault fault
    ) internal {
        vm.expectRevert(
            abi.encodeWithSelector(ISessionKeystore.SessionKeystoreFaultNotApplicable.selector, id, method, p, fault)
        );
    }

    /// @dev The attack: a party attests, watches the others' attestations, then fails the
    /// session naming an honest party with a fault nobody can check.
    function test_abort_revertsAfterAttestingInMethod1() public {
        bytes32 id = combinedAttesting();
        attestAs(id, USER, "K");
        attestAs(id, MINER, "K");
        vm.expectRevert(abi.encodeWithSelector(ISessionKeystore.SessionKeystoreAlreadyActed.selector, id, MINER));
        vm.prank(miner);
        ks.abort(id, bit(ORACLE), OTHER);
        // The role that has not attested still may.
        vm.prank(oracle);
        ks.abort(id, bit(USER), BAD_PARTIAL);
        assertTrue(phase(id) == FAILED, "failed by the oracle");
    }

    function test_abort_revertsAfterAttestingInMethod2() public {
        bytes32 id = openCoordinated(X25519, USER);
        attestAs(id, MINER, "K");
        vm.expectRevert(abi.encodeWithSelector(ISessionKeystore.SessionKeystoreAlreadyActed.selector, id, MINER));
        vm.prank(miner);
        ks.abort(id, bit(USER), BAD_WRAP);
        vm.prank(oracle);
        ks.abort(id, bit(USER), BAD_WRAP);
        assertTrue(phase(id) == FAILED, "failed by the oracle");
    }

    function test_abort_invalidWrapInMethod1Reverts() public {
        bytes32 id = combinedAttesting();
        _expectNotApplicable(id, ISessionKeystore.Method.Combined, ISessionKeystore.Phase.Attesting, BAD_WRAP);
        vm.prank(oracle);
        ks.abort(id, bit(USER), BAD_WRAP);
    }

    function test_abort_invalidPartialInMethod2Reverts() public {
        bytes32 id = openCoordinated(HYBRID, USER);
        _expectNotApplicable(id, ISessionKeystore.Method.Coordinator, ISessionKeystore.Phase.Attesting, BAD_PARTIAL);
        vm.prank(oracle);
        ks.abort(id, bit(USER), BAD_PARTIAL);
    }

    function test_abort_invalidWrapBeforeTheWraps() public {
        bytes32 id = openCoordinated(X25519, MINER);
        _expectNotApplicable(id, ISessionKeystore.Method.Coordinator, ISessionKeystore.Phase.Wrapping, BAD_WRAP);
        vm.prank(oracle);
        ks.abort(id, bit(MINER), BAD_WRAP);
        // The coordinator may still be accused of an unusable key.
        vm.prank(miner);
        ks.abort(id, bit(USER), BAD_KEY);
        assertTrue(phase(id) == FAILED, "failed");
    }

    function test_abort_invalidWrapMustAccuseTheCoordinator() public {
        bytes32 id = openCoordinated(X25519, USER);
        vm.expectRevert(
            abi.encodeWithSelector(ISessionKeystore.SessionKeystoreInvalidAccusation.selector, bit(ORACLE), BAD_WRAP)
        );
        vm.prank(miner);
        ks.abort(id, bit(ORACLE), BAD_WRAP);
        vm.expectRevert(
            abi.encodeWithSelector(
                ISessionKeystore.SessionKeystoreInvalidAccusation.selector, bit(USER) | bit(ORACLE), BAD_WRAP
            )
        );
        vm.prank(miner);
        ks.abort(id, bit(USER) | bit(ORACLE), BAD_WRAP);
    }

    function test_abort_method1FaultsByPhase() public {
        ISessionKeystore.Method m1 = ISessionKeystore.Method.Combined;
        bytes32 id = openCombined();
        ISessionKeystore.Phase p = ISessionKeystore.Phase.Committing;
        _expectNotApplicable(id, m1, p, BAD_KEY);
        vm.prank(miner);
        ks.abort(id, bit(USER), BAD_KEY);
        _expectNotApplicable(id, m1, p, BAD_PARTIAL);
        vm.prank(miner);
        ks.abort(id, bit(USER), BAD_PARTIAL);

        joinAll(id);
        p = ISessionKeystore.Phase.Revealing;
        _expectNotApplicable(id, m1, p, BAD_PARTIAL);
        vm.prank(miner);
        ks.abort(id, bit(USER), BAD_PARTIAL);
        vm.prank(miner);
        ks.abort(id, bit(USER), BAD_KEY);
        assertTrue(phase(id) == FAILED, "InvalidPublicKey once keys are revealed");
    }

    function test_abort_otherEverywhereBeforeAttesting() public {
        bytes32 a = openCombined();
        vm.prank(oracle);
        ks.abort(a, bit(USER), OTHER);
        bytes32 b = openCoordinated(X25519, ORACLE);
        vm.prank(user);
        ks.abort(b, bit(ORACLE), OTHER);
        assertTrue(phase(a) == FAILED && phase(b) == FAILED, "failed");
    }

    // expire ---------------------------------------------------------------------------

    function _expectExpire(bytes32 id, ISessionKeystore.Phase p, uint8 stalled) internal {
        uint64 deadline = ks.session(id).deadline;
        vm.expectRevert(
            abi.encodeWithSelector(ISessionKeystore.SessionKeystoreDeadlineNotReached.selector, id, deadline)
        );
        ks.expire(id);
        vm.warp(deadline + 1);
        assertTrue(ks.phaseOf(id) == EXPIRED, "phaseOf derives expiry");
        assertTrue(phase(id) == p, "stored phase unchanged until expire");
        vm.expectEmit(true, true, true, true, address(ks));
        emit ISessionKeystore.SessionExpired(id, p, stalled);
        vm.prank(stranger);
        ks.expire(id);
        assertTrue(phase(id) == EXPIRED, "expired");
    }

    function test_expire_committingNamesUnjoined() public {
        bytes32 id = openCombined();
        vm.prank(miner);
        ks.join(id, commitmentFor(id, MINER));
        _expectExpire(id, ISessionKeystore.Phase.Committing, bit(ORACLE));
    }

    function test_expire_revealingNamesUnrevealed() public {
        bytes32 id = openCombined();
        joinAll(id);
        vm.prank(user);
        ks.reveal(id, eph(id, USER));
        _expectExpire(id, ISessionKeystore.Phase.Revealing, bit(MINER) | bit(ORACLE));
    }

    function test_expire_partialsNamesSilent() public {
        bytes32 id = openCombined();
        joinAll(id);
        revealAll(id);
        _expectExpire(id, ISessionKeystore.Phase.Partials, 7);
    }

    function test_expire_wrappingNamesCoordinator() public {
        bytes32 id = openCoordinated(X25519, ORACLE);
        _expectExpire(id, WRAPPING, bit(ORACLE));
    }

    function test_expire_attestingNamesSilent() public {
        bytes32 id = combinedAttesting();
        attestAs(id, MINER, "a");
        _expectExpire(id, ATTESTING, bit(USER) | bit(ORACLE));
    }

    function testFuzz_expire_onlyAfterDeadline(uint256 dt) public {
        dt = bound(dt, 0, 2 * uint256(TIMEOUT));
        bytes32 id = openCombined();
        uint64 deadline = ks.session(id).deadline;
        vm.warp(block.timestamp + dt);
        if (block.timestamp <= deadline) {
            vm.expectRevert(
                abi.encodeWithSelector(ISessionKeystore.SessionKeystoreDeadlineNotReached.selector, id, deadline)
            );
        }
        ks.expire(id);
    }

    function test_expire_revertsOnUnknownSession() public {
        vm.expectRevert(
            abi.encodeWithSelector(ISessionKeystore.SessionKeystoreUnknownSession.selector, bytes32(uint256(7)))
        );
        ks.expire(bytes32(uint256(7)));
    }

    function test_expire_revertsAfterEstablished() public {
        bytes32 id = combinedAttesting();
        attestAs(id, USER, "a");
        attestAs(id, MINER, "a");
        attestAs(id, ORACLE, "a");
        vm.warp(block.timestamp + 1 days);
        vm.expectRevert(
            abi.encodeWithSelector(
                ISessionKeystore.SessionKeystoreUnexpectedPhase.selector, id, ESTABLISHED, _openPhases()
            )
        );
        ks.expire(id);
        assertTrue(ks.phaseOf(id) == ESTABLISHED, "terminal phase is not re-derived");
    }

    // terminal states ------------------------------------------------------------------

    function test_terminal_nothingHappensAfterExpiry() public {
        bytes32 id = openCombined();
        vm.warp(block.timestamp + TIMEOUT + 1);
        ks.expire(id);
        ISessionKeystore.SessionView memory before = ks.session(id);
        uint256 expected = phaseBit(ISessionKeystore.Phase.Committing);
        vm.expectRevert(
            abi.encodeWithSelector(ISessionKeystore.SessionKeystoreUnexpectedPhase.selector, id, EXPIRED, expected)
        );
        vm.prank(miner);
        ks.join(id, commitmentFor(id, MINER));
        vm.expectRevert(
            abi.encodeWithSelector(ISessionKeystore.SessionKeystoreUnexpectedPhase.selector, id, EXPIRED, _openPhases())
        );
        ks.expire(id);
        assertEq(keccak256(abi.encode(ks.session(id))), keccak256(abi.encode(before)), "unchanged");
    }

    function test_terminal_attestAfterEstablishedReverts() public {
        bytes32 id = openCoordinated(X25519, USER);
        attestAs(id, MINER, "k");
        attestAs(id, ORACLE, "k");
        attestAs(id, USER, "k");
        vm.expectRevert(
            abi.encodeWithSelector(
                ISessionKeystore.SessionKeystoreUnexpectedPhase.selector, id, ESTABLISHED, phaseBit(ATTESTING)
            )
        );
        attestAs(id, USER, "x");
    }

    // multicall ------------------------------------------------------------------------

    function test_multicall_minerJoinsManySessionsAsItself() public {
        bytes32 a = openCombined();
        bytes32 b = openCombined();
        bytes[] memory calls = new bytes[](2);
        calls[0] = abi.encodeCall(ks.join, (a, commitmentFor(a, MINER)));
        calls[1] = abi.encodeCall(ks.join, (b, commitmentFor(b, MINER)));
        vm.expectEmit(true, true, true, true, address(ks));
        emit ISessionKeystore.Committed(a, MINER, commitmentFor(a, MINER));
        vm.expectEmit(true, true, true, true, address(ks));
        emit ISessionKeystore.Committed(b, MINER, commitmentFor(b, MINER));
        vm.prank(miner);
        ISessionKeystore.CallResult[] memory r = ks.multicall(calls, false);
        assertEq(r.length, 2, "results");
        assertTrue(r[0].success && r[1].success, "both succeeded");
        assertEq(ks.session(a).acted, bit(USER) | bit(MINER), "miner acted in a");
        assertEq(ks.session(b).acted, bit(USER) | bit(MINER), "miner acted in b");
    }

    function test_multicall_bubblesFirstErrorWhenNotAllowed() public {
        bytes32 a = openCombined();
        bytes[] memory calls = new bytes[](2);
        calls[0] = abi.encodeCall(ks.join, (a, commitmentFor(a, MINER)));
        calls[1] = abi.encodeCall(ks.join, (a, commitmentFor(a, MINER)));
        vm.expectRevert(abi.encodeWithSelector(ISessionKeystore.SessionKeystoreAlreadyActed.selector, a, MINER));
        vm.prank(miner);
        ks.multicall(calls, false);
        assertEq(ks.session(a).acted, bit(USER), "whole batch reverted");
    }

    function test_multicall_reportsFailuresWhenAllowed() public {
        bytes32 a = openCombined();
        bytes[] memory calls = new bytes[](2);
        calls[0] = abi.encodeCall(ks.join, (a, commitmentFor(a, MINER)));
        calls[1] = abi.encodeCall(ks.join, (a, commitmentFor(a, MINER)));
        vm.prank(miner);
        ISessionKeystore.CallResult[] memory r = ks.multicall(calls, true);
        assertTrue(r[0].success && !r[1].success, "first ok, second failed");
        assertEq(
            keccak256(r[1].returnData),
            keccak256(abi.encodeWithSelector(ISessionKeystore.SessionKeystoreAlreadyActed.selector, a, MINER)),
            "inner error returned"
        );
    }

    function test_multicall_strangerGainsNothing() public {
        bytes32 a = openCombined();
        bytes[] memory calls = new bytes[](1);
        calls[0] = abi.encodeCall(ks.join, (a, commitmentFor(a, MINER)));
        vm.expectRevert(abi.encodeWithSelector(ISessionKeystore.SessionKeystoreUnauthorized.selector, a, stranger));
        vm.prank(stranger);
        ks.multicall(calls, false);
    }

    /// The user's open and attestation in one transaction (PROTOCOL.md §6.1), and the
    /// results in the standard ABI encoding: each call's return data whole and zero-padded,
    /// whatever its length and whatever the call's input was.
    function test_multicall_openThenAttestReturnsEachResult() public {
        ISessionKeystore.OpenParams memory p = coordinatedParams(X25519, USER);
        bytes32 id = ks.sessionIdOf(user, p.nonce);
        ISessionKeystore.OpenParams memory bad = coordinatedParams(X25519, USER);
        bad.miner = address(0);
        bytes memory message = new bytes(64);
        for (uint256 i = 0; i < message.length; ++i) {
            message[i] = 0xff;
        }
        bytes32 unknown = bytes32(uint256(99));
        bytes[] memory calls = new bytes[](5);
        calls[0] = abi.encodeCall(ks.open, (bad)); // a long input, 100 bytes of error
        // 36 bytes of error, where the input's message lay: its padding must be zeroed
        calls[1] = abi.encodeCall(ks.request, (unknown, 0, message));
        calls[2] = abi.encodeCall(ks.open, (p));
        calls[3] = abi.encodeCall(ks.attest, (id, bytes32(uint256(7))));
        calls[4] = abi.encodeCall(ks.attest, (id, bytes32(uint256(7))));
        vm.prank(user);
        (bool ok, bytes memory raw) = address(ks).call(abi.encodeCall(ks.multicall, (calls, true)));
        assertTrue(ok, "multicall");
        ISessionKeystore.CallResult[] memory r = abi.decode(raw, (ISessionKeystore.CallResult[]));
        assertEq(keccak256(raw), keccak256(abi.encode(r)), "the standard encoding, padding included");
        assertEq(r.length, 5, "results");
        assertTrue(
            !r[0].success && !r[1].success && r[2].success && r[3].success && !r[4].success, "which calls succeeded"
        );
        assertEq(
            keccak256(r[0].returnData),
            keccak256(
                abi.encodeWithSelector(
                    ISessionKeystore.SessionKeystoreInvalidParties.selector, user, address(0), oracle
                )
            ),
            "the bad open's error"
        );
        assertEq(
            keccak256(r[1].returnData),
            keccak256(abi.encodeWithSelector(ISessionKeystore.SessionKeystoreUnknownSession.selector, unknown)),
            "the request's error"
        );
        assertEq(keccak256(r[2].returnData), keccak256(abi.encode(id)), "open returns the session id");
        assertEq(r[3].returnData.length, 0, "attest returns nothing");
        assertEq(
            keccak256(r[4].returnData),
            keccak256(abi.encodeWithSelector(ISessionKeystore.SessionKeystoreAlreadyActed.selector, id, USER)),
            "the second attest's error"
        );
        assertTrue(ks.phaseOf(id) == ISessionKeystore.Phase.Attesting, "attesting");
        assertEq(ks.session(id).acted, bit(USER), "the user attested in its open's transaction");
    }

    // views ----------------------------------------------------------------------------

    function test_views_unknownSessionIsNone() public view {
        assertTrue(ks.phaseOf(bytes32(uint256(1))) == ISessionKeystore.Phase.None, "phaseOf");
        assertTrue(ks.session(bytes32(uint256(1))).phase == ISessionKeystore.Phase.None, "session");
    }

    function test_views_commitmentOfMatchesFormula() public view {
        bytes32 id = bytes32(uint256(42));
        assertEq(ks.commitmentOf(id, MINER, miner, eph(id, MINER)), commitmentFor(id, MINER), "commitmentOf");
        assertEq(ks.COMMITMENT_DOMAIN(), keccak256("sessionkeystore/v1/commitment"), "domain");
    }
}
