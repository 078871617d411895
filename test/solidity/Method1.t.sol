// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {Fixture} from "./Fixture.sol";
import {ISessionKeystore} from "../../contracts/ISessionKeystore.sol";

contract Method1Test is Fixture {
    ISessionKeystore.Phase internal constant COMMITTING = ISessionKeystore.Phase.Committing;
    ISessionKeystore.Phase internal constant REVEALING = ISessionKeystore.Phase.Revealing;
    ISessionKeystore.Phase internal constant PARTIALS = ISessionKeystore.Phase.Partials;

    // join ---------------------------------------------------------------------------

    function test_join_emitsAndAdvancesWhenAllCommitted() public {
        bytes32 id = openCombined();
        vm.expectEmit(true, true, true, true, address(ks));
        emit ISessionKeystore.Committed(id, MINER, commitmentFor(id, MINER));
        vm.prank(miner);
        ks.join(id, commitmentFor(id, MINER));
        assertTrue(phase(id) == COMMITTING, "still committing");
        vm.expectEmit(true, true, true, true, address(ks));
        emit ISessionKeystore.Committed(id, ORACLE, commitmentFor(id, ORACLE));
        vm.expectEmit(true, true, true, true, address(ks));
        emit ISessionKeystore.PhaseAdvanced(id, REVEALING, uint64(block.timestamp) + TIMEOUT);
        vm.prank(oracle);
        ks.join(id, commitmentFor(id, ORACLE));
        ISessionKeystore.SessionView memory v = ks.session(id);
        assertEq(v.commitments[1], commitmentFor(id, MINER), "miner commitment");
        assertEq(v.commitments[2], commitmentFor(id, ORACLE), "oracle commitment");
        assertEq(v.acted, 0, "acted reset");
    }

    function test_join_revertsOnUnknownSession() public {
        vm.expectRevert(
            abi.encodeWithSelector(ISessionKeystore.SessionKeystoreUnknownSession.selector, bytes32(uint256(1)))
        );
        vm.prank(miner);
        ks.join(bytes32(uint256(1)), bytes32(uint256(2)));
    }

    function test_join_revertsInWrongPhase() public {
        bytes32 id = openCoordinated(X25519, MINER);
        vm.expectRevert(
            abi.encodeWithSelector(
                ISessionKeystore.SessionKeystoreUnexpectedPhase.selector,
                id,
                ISessionKeystore.Phase.Wrapping,
                phaseBit(COMMITTING)
            )
        );
        vm.prank(miner);
        ks.join(id, bytes32(uint256(2)));
    }

    function test_join_revertsAfterDeadline() public {
        bytes32 id = openCombined();
        uint64 deadline = ks.session(id).deadline;
        vm.warp(deadline + 1);
        vm.expectRevert(abi.encodeWithSelector(ISessionKeystore.SessionKeystoreDeadlinePassed.selector, id, deadline));
        vm.prank(miner);
        ks.join(id, commitmentFor(id, MINER));
    }

    function test_join_acceptedAtDeadline() public {
        bytes32 id = openCombined();
        vm.warp(ks.session(id).deadline);
        vm.prank(miner);
        ks.join(id, commitmentFor(id, MINER));
    }

    function test_join_revertsForStranger() public {
        bytes32 id = openCombined();
        vm.expectRevert(abi.encodeWithSelector(ISessionKeystore.SessionKeystoreUnauthorized.selector, id, stranger));
        vm.prank(stranger);
        ks.join(id, bytes32(uint256(2)));
    }

    function test_join_revertsForUserWhoCommittedInOpen() public {
        // The user's commitment in open is its act of the Committing phase.
        bytes32 id = openCombined();
        vm.expectRevert(abi.encodeWithSelector(ISessionKeystore.SessionKeystoreAlreadyActed.selector, id, USER));
        vm.prank(user);
        ks.join(id, bytes32(uint256(2)));
    }

    function test_join_revertsWhenJoinedTwice() public {
        bytes32 id = openCombined();
        vm.startPrank(miner);
        ks.join(id, commitmentFor(id, MINER));
        vm.expectRevert(abi.encodeWithSelector(ISessionKeystore.SessionKeystoreAlreadyActed.selector, id, MINER));
        ks.join(id, bytes32(uint256(3)));
        vm.stopPrank();
    }

    function test_join_revertsOnZeroCommitment() public {
        bytes32 id = openCombined();
        vm.expectRevert(abi.encodeWithSelector(ISessionKeystore.SessionKeystoreZeroValue.selector, id, ORACLE));
        vm.prank(oracle);
        ks.join(id, bytes32(0));
    }

    // reveal ---------------------------------------------------------------------------

    function test_reveal_emitsAndAdvances() public {
        bytes32 id = openCombined();
        joinAll(id);
        for (uint8 r = 0; r < 3; ++r) {
            ISessionKeystore.Role role = ISessionKeystore.Role(r);
            vm.expectEmit(true, true, true, true, address(ks));
            emit ISessionKeystore.Revealed(id, role, eph(id, role));
            if (r == 2) {
                vm.expectEmit(true, true, true, true, address(ks));
                emit ISessionKeystore.PhaseAdvanced(id, PARTIALS, uint64(block.timestamp) + TIMEOUT);
            }
            vm.prank(accountOf(role));
            ks.reveal(id, eph(id, role));
        }
        assertTrue(phase(id) == PARTIALS, "partials");
    }

    function test_reveal_revertsBeforeAllCommitted() public {
        bytes32 id = openCombined();
        vm.expectRevert(
            abi.encodeWithSelector(
                ISessionKeystore.SessionKeystoreUnexpectedPhase.selector, id, COMMITTING, phaseBit(REVEALING)
            )
        );
        vm.prank(user);
        ks.reveal(id, eph(id, USER));
    }

    function test_reveal_revertsOnMismatch() public {
        bytes32 id = openCombined();
        joinAll(id);
        vm.expectRevert(abi.encodeWithSelector(ISessionKeystore.SessionKeystoreCommitmentMismatch.selector, id, MINER));
        vm.prank(miner);
        ks.reveal(id, bytes32(uint256(5)));
    }

    function test_reveal_revertsOnCopiedKey() public {
        // The oracle reveals the user's key: the commitment binds role and account.
        bytes32 id = openCombined();
        joinAll(id);
        vm.expectRevert(abi.encodeWithSelector(ISessionKeystore.SessionKeystoreCommitmentMismatch.selector, id, ORACLE));
        vm.prank(oracle);
        ks.reveal(id, eph(id, USER));
    }

    function testFuzz_reveal_onlyCommittedKeyAccepted(bytes32 k) public {
        bytes32 id = openCombined();
        joinAll(id);
        vm.assume(k != bytes32(0));
        if (k != eph(id, MINER)) {
            vm.expectRevert(
                abi.encodeWithSelector(ISessionKeystore.SessionKeystoreCommitmentMismatch.selector, id, MINER)
            );
        }
        vm.prank(miner);
        ks.reveal(id, k);
    }

    function test_reveal_revertsOnZeroKey() public {
        bytes32 id = openCombined();
        joinAll(id);
        vm.expectRevert(abi.encodeWithSelector(ISessionKeystore.SessionKeystoreZeroValue.selector, id, USER));
        vm.prank(user);
        ks.reveal(id, bytes32(0));
    }

    function test_reveal_revertsWhenRevealedTwice() public {
        bytes32 id = openCombined();
        joinAll(id);
        vm.startPrank(user);
        ks.reveal(id, eph(id, USER));
        vm.expectRevert(abi.encodeWithSelector(ISessionKeystore.SessionKeystoreAlreadyActed.selector, id, USER));
        ks.reveal(id, eph(id, USER));
        vm.stopPrank();
    }

    function test_reveal_revertsForStranger() public {
        bytes32 id = openCombined();
        joinAll(id);
        vm.expectRevert(abi.encodeWithSelector(ISessionKeystore.SessionKeystoreUnauthorized.selector, id, stranger));
        vm.prank(stranger);
        ks.reveal(id, eph(id, USER));
    }

    function test_reveal_revertsAfterDeadline() public {
        bytes32 id = openCombined();
        joinAll(id);
        uint64 deadline = ks.session(id).deadline;
        vm.warp(deadline + 1);
        vm.expectRevert(abi.encodeWithSelector(ISessionKeystore.SessionKeystoreDeadlinePassed.selector, id, deadline));
        vm.prank(user);
        ks.reveal(id, eph(id, USER));
    }

    // publishPartial -------------------------------------------------------------------

    function test_publishPartial_emitsAndAdvances() public {
        bytes32 id = openCombined();
        joinAll(id);
        revealAll(id);
        for (uint8 r = 0; r < 3; ++r) {
            bytes32 p = keccak256(abi.encode("partial", id, r));
            vm.expectEmit(true, true, true, true, address(ks));
            emit ISessionKeystore.PartialPublished(id, ISessionKeystore.Role(r), p);
            if (r == 2) {
                vm.expectEmit(true, true, true, true, address(ks));
                emit ISessionKeystore.PhaseAdvanced(
                    id, ISessionKeystore.Phase.Attesting, uint64(block.timestamp) + TIMEOUT
                );
            }
            vm.prank(accountOf(ISessionKeystore.Role(r)));
            ks.publishPartial(id, p);
        }
    }

    function test_publishPartial_revertsBeforeAllRevealed() public {
        bytes32 id = openCombined();
        joinAll(id);
        vm.expectRevert(
            abi.encodeWithSelector(
                ISessionKeystore.SessionKeystoreUnexpectedPhase.selector, id, REVEALING, phaseBit(PARTIALS)
            )
        );
        vm.prank(user);
        ks.publishPartial(id, bytes32(uint256(1)));
    }

    function test_publishPartial_revertsOnZero() public {
        bytes32 id = openCombined();
        joinAll(id);
        revealAll(id);
        vm.expectRevert(abi.encodeWithSelector(ISessionKeystore.SessionKeystoreZeroValue.selector, id, MINER));
        vm.prank(miner);
        ks.publishPartial(id, bytes32(0));
    }

    function test_publishPartial_revertsWhenPublishedTwice() public {
        bytes32 id = openCombined();
        joinAll(id);
        revealAll(id);
        vm.startPrank(oracle);
        ks.publishPartial(id, bytes32(uint256(1)));
        vm.expectRevert(abi.encodeWithSelector(ISessionKeystore.SessionKeystoreAlreadyActed.selector, id, ORACLE));
        ks.publishPartial(id, bytes32(uint256(2)));
        vm.stopPrank();
    }

    function test_publishPartial_revertsForStranger() public {
        bytes32 id = openCombined();
        joinAll(id);
        revealAll(id);
        vm.expectRevert(abi.encodeWithSelector(ISessionKeystore.SessionKeystoreUnauthorized.selector, id, stranger));
        vm.prank(stranger);
        ks.publishPartial(id, bytes32(uint256(1)));
    }

    function test_publishPartial_revertsAfterDeadline() public {
        bytes32 id = openCombined();
        joinAll(id);
        revealAll(id);
        uint64 deadline = ks.session(id).deadline;
        vm.warp(deadline + 1);
        vm.expectRevert(abi.encodeWithSelector(ISessionKeystore.SessionKeystoreDeadlinePassed.selector, id, deadline));
        vm.prank(user);
        ks.publishPartial(id, bytes32(uint256(1)));
    }

    // disclose (Method 1 blame) ------------------------------------------------------

    function failedCombined() internal returns (bytes32 id) {
        id = openCombined();
        joinAll(id);
        revealAll(id);
        vm.prank(miner);
        ks.abort(id, bit(USER), ISessionKeystore.Fault.InvalidPartial);
    }

    function test_disclose_emitsOncePerRole() public {
        bytes32 id = failedCombined();
        uint64 deadline = ks.session(id).deadline;
        vm.warp(deadline + 1 days); // no deadline: blame can come late
        ISessionKeystore.Role[3] memory roles = [USER, MINER, ORACLE];
        address[3] memory accounts = [user, miner, oracle];
        for (uint256 i; i < 3; ++i) {
            bytes32 secret = keccak256(abi.encode("secret", i));
            vm.expectEmit(true, true, true, true, address(ks));
            emit ISessionKeystore.EphemeralDisclosed(id, roles[i], secret);
            vm.prank(accounts[i]);
            ks.disclose(id, secret);
        }
        vm.expectRevert(abi.encodeWithSelector(ISessionKeystore.SessionKeystoreAlreadyActed.selector, id, MINER));
        vm.prank(miner);
        ks.disclose(id, bytes32(uint256(7)));
        assertTrue(phase(id) == ISessionKeystore.Phase.Failed, "still failed");
    }

    /// @dev A role that never committed has no ephemeral key the exchange used: a
    /// disclosure from it could only be noise in the blame record.
    function test_disclose_revertsForRoleThatNeverCommitted() public {
        bytes32 id = openCombined();
        vm.prank(miner);
        ks.join(id, commitmentFor(id, MINER));
        vm.prank(miner);
        ks.abort(id, bit(ORACLE), ISessionKeystore.Fault.Other);
        vm.expectRevert(abi.encodeWithSelector(ISessionKeystore.SessionKeystoreNothingToDisclose.selector, id, ORACLE));
        vm.prank(oracle);
        ks.disclose(id, bytes32(uint256(1)));
        vm.prank(miner);
        ks.disclose(id, bytes32(uint256(1)));
    }

    function test_disclose_revertsUnlessFailed() public {
        bytes32 id = openCombined();
        joinAll(id);
        vm.expectRevert(
            abi.encodeWithSelector(
                ISessionKeystore.SessionKeystoreUnexpectedPhase.selector,
                id,
                REVEALING,
                phaseBit(ISessionKeystore.Phase.Failed)
            )
        );
        vm.prank(miner);
        ks.disclose(id, bytes32(uint256(1)));

        vm.warp(ks.session(id).deadline + 1);
        ks.expire(id);
        vm.expectRevert(
            abi.encodeWithSelector(
                ISessionKeystore.SessionKeystoreUnexpectedPhase.selector,
                id,
                ISessionKeystore.Phase.Expired,
                phaseBit(ISessionKeystore.Phase.Failed)
            )
        );
        vm.prank(miner);
        ks.disclose(id, bytes32(uint256(1)));
    }

    function test_disclose_revertsInMethod2() public {
        bytes32 id = openCoordinated(ISessionKeystore.Suite.X25519, USER);
        vm.prank(miner);
        ks.abort(id, bit(USER), ISessionKeystore.Fault.InvalidWrap);
        vm.expectRevert(abi.encodeWithSelector(ISessionKeystore.SessionKeystoreInvalidField.selector, "method"));
        vm.prank(miner);
        ks.disclose(id, bytes32(uint256(1)));
    }

    function test_disclose_revertsForStrangerAndZero() public {
        bytes32 id = failedCombined();
        vm.expectRevert(abi.encodeWithSelector(ISessionKeystore.SessionKeystoreUnauthorized.selector, id, stranger));
        vm.prank(stranger);
        ks.disclose(id, bytes32(uint256(1)));
        vm.expectRevert(abi.encodeWithSelector(ISessionKeystore.SessionKeystoreZeroValue.selector, id, ORACLE));
        vm.prank(oracle);
        ks.disclose(id, bytes32(0));
    }

    function test_disclose_revertsOnUnknownSession() public {
        vm.expectRevert(
            abi.encodeWithSelector(ISessionKeystore.SessionKeystoreUnknownSession.selector, bytes32(uint256(3)))
        );
        vm.prank(miner);
        ks.disclose(bytes32(uint256(3)), bytes32(uint256(1)));
    }
}
