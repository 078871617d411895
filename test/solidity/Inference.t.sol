// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {Fixture} from "./Fixture.sol";
import {ISessionKeystore} from "../../contracts/ISessionKeystore.sol";

/// @notice request, respond, judge and close: the inference steps of an Established
/// session, every revert path, and fuzzed message sizes.
contract InferenceTest is Fixture {
    ISessionKeystore.Step internal constant NONE = ISessionKeystore.Step.None;
    ISessionKeystore.Step internal constant REQUESTED = ISessionKeystore.Step.Requested;
    ISessionKeystore.Step internal constant ANSWERED = ISessionKeystore.Step.Answered;
    ISessionKeystore.Step internal constant JUDGED = ISessionKeystore.Step.Judged;
    bytes32 internal constant COMMIT = keccak256("result commitment");

    function established() internal returns (bytes32 id) {
        id = combinedAttesting();
        for (uint8 r = 0; r < 3; ++r) {
            attestAs(id, ISessionKeystore.Role(r), keccak256("K"));
        }
        assertEq(uint8(phase(id)), uint8(ISessionKeystore.Phase.Established), "established");
    }

    function sealed_(uint256 n) internal pure returns (bytes memory b) {
        b = new bytes(n);
        for (uint256 i = 0; i < n; ++i) {
            b[i] = bytes1(uint8(i * 7 + 1));
        }
    }

    function requestAs(address who, bytes32 id, uint64 seq, bytes memory ct) internal {
        vm.prank(who);
        ks.request(id, seq, ct);
    }

    function test_fullRound_emitsEveryStep() public {
        bytes32 id = established();
        bytes memory prompt = sealed_(40);
        bytes memory answer = sealed_(90);
        vm.expectEmit(true, true, true, true, address(ks));
        emit ISessionKeystore.InferenceRequested(id, 0, prompt);
        requestAs(user, id, 0, prompt);
        assertEq(uint8(ks.stepOf(id, 0)), uint8(REQUESTED), "requested");
        assertEq(ks.session(id).requests, 1, "requests");

        vm.expectEmit(true, true, true, true, address(ks));
        emit ISessionKeystore.InferenceAnswered(id, 0, answer, COMMIT);
        vm.prank(miner);
        ks.respond(id, 0, answer, COMMIT);
        assertEq(uint8(ks.stepOf(id, 0)), uint8(ANSWERED), "answered");

        vm.expectEmit(true, true, true, true, address(ks));
        emit ISessionKeystore.InferenceJudged(id, 0, false, 3);
        vm.prank(oracle);
        ks.judge(id, 0, false, 3);
        assertEq(uint8(ks.stepOf(id, 0)), uint8(JUDGED), "judged");

        // The next request takes the next sequence number; several may be pending.
        requestAs(user, id, 1, prompt);
        requestAs(user, id, 2, prompt);
        vm.prank(miner);
        ks.respond(id, 2, answer, COMMIT);
        assertEq(uint8(ks.stepOf(id, 1)), uint8(REQUESTED), "1 still requested");
        assertEq(ks.session(id).requests, 3, "requests");
    }

    function test_request_onlyEstablished() public {
        bytes32 id = combinedAttesting();
        vm.expectRevert(
            abi.encodeWithSelector(
                ISessionKeystore.SessionKeystoreUnexpectedPhase.selector,
                id,
                ISessionKeystore.Phase.Attesting,
                uint256(1) << uint8(ISessionKeystore.Phase.Established)
            )
        );
        requestAs(user, id, 0, sealed_(24));
        bytes32 unknown = keccak256("nope");
        vm.expectRevert(abi.encodeWithSelector(ISessionKeystore.SessionKeystoreUnknownSession.selector, unknown));
        requestAs(user, unknown, 0, sealed_(24));
    }

    function test_request_onlyTheUser() public {
        bytes32 id = established();
        vm.expectRevert(abi.encodeWithSelector(ISessionKeystore.SessionKeystoreWrongRole.selector, id, MINER));
        requestAs(miner, id, 0, sealed_(24));
        vm.expectRevert(abi.encodeWithSelector(ISessionKeystore.SessionKeystoreUnauthorized.selector, id, stranger));
        requestAs(stranger, id, 0, sealed_(24));
    }

    function test_request_sequenceIsTheNextOne() public {
        bytes32 id = established();
        vm.expectRevert(abi.encodeWithSelector(ISessionKeystore.SessionKeystoreUnexpectedSequence.selector, id, 0, 1));
        requestAs(user, id, 1, sealed_(24));
        requestAs(user, id, 0, sealed_(24));
        // A replay of the same request reverts: its number is taken.
        vm.expectRevert(abi.encodeWithSelector(ISessionKeystore.SessionKeystoreUnexpectedSequence.selector, id, 1, 0));
        requestAs(user, id, 0, sealed_(24));
    }

    function testFuzz_request_sizeCapped(uint256 n) public {
        n = bound(n, 0, 3 * ks.MAX_MESSAGE_LENGTH());
        bytes32 id = established();
        if (n > ks.MAX_MESSAGE_LENGTH()) {
            vm.expectRevert(
                abi.encodeWithSelector(
                    ISessionKeystore.SessionKeystoreMessageTooLarge.selector, n, ks.MAX_MESSAGE_LENGTH()
                )
            );
        } else if (n < 24) {
            vm.expectRevert(abi.encodeWithSelector(ISessionKeystore.SessionKeystoreInvalidLength.selector, 24, n));
        }
        requestAs(user, id, 0, new bytes(n));
    }

    function testFuzz_respond_sizeCapped(uint256 n) public {
        n = bound(n, 0, 3 * ks.MAX_MESSAGE_LENGTH());
        bytes32 id = established();
        requestAs(user, id, 0, sealed_(24));
        if (n > ks.MAX_MESSAGE_LENGTH()) {
            vm.expectRevert(
                abi.encodeWithSelector(
                    ISessionKeystore.SessionKeystoreMessageTooLarge.selector, n, ks.MAX_MESSAGE_LENGTH()
                )
            );
        } else if (n < 24) {
            vm.expectRevert(abi.encodeWithSelector(ISessionKeystore.SessionKeystoreInvalidLength.selector, 24, n));
        }
        vm.prank(miner);
        ks.respond(id, 0, new bytes(n), COMMIT);
    }

    function test_respond_revertPaths() public {
        bytes32 id = established();
        vm.expectRevert(abi.encodeWithSelector(ISessionKeystore.SessionKeystoreUnexpectedStep.selector, id, 0, NONE));
        vm.prank(miner);
        ks.respond(id, 0, sealed_(24), COMMIT);

        requestAs(user, id, 0, sealed_(24));
        vm.expectRevert(abi.encodeWithSelector(ISessionKeystore.SessionKeystoreWrongRole.selector, id, ORACLE));
        vm.prank(oracle);
        ks.respond(id, 0, sealed_(24), COMMIT);
        vm.expectRevert(abi.encodeWithSelector(ISessionKeystore.SessionKeystoreZeroValue.selector, id, MINER));
        vm.prank(miner);
        ks.respond(id, 0, sealed_(24), bytes32(0));

        vm.prank(miner);
        ks.respond(id, 0, sealed_(24), COMMIT);
        vm.expectRevert(
            abi.encodeWithSelector(ISessionKeystore.SessionKeystoreUnexpectedStep.selector, id, 0, ANSWERED)
        );
        vm.prank(miner);
        ks.respond(id, 0, sealed_(24), COMMIT);
    }

    function test_judge_revertPaths() public {
        bytes32 id = established();
        requestAs(user, id, 0, sealed_(24));
        vm.expectRevert(
            abi.encodeWithSelector(ISessionKeystore.SessionKeystoreUnexpectedStep.selector, id, 0, REQUESTED)
        );
        vm.prank(oracle);
        ks.judge(id, 0, true, 0);

        vm.prank(miner);
        ks.respond(id, 0, sealed_(24), COMMIT);
        vm.expectRevert(abi.encodeWithSelector(ISessionKeystore.SessionKeystoreWrongRole.selector, id, USER));
        vm.prank(user);
        ks.judge(id, 0, true, 0);
        // valid carries no reason; invalid needs one
        vm.expectRevert(abi.encodeWithSelector(ISessionKeystore.SessionKeystoreInvalidField.selector, "reason"));
        vm.prank(oracle);
        ks.judge(id, 0, true, 1);
        vm.expectRevert(abi.encodeWithSelector(ISessionKeystore.SessionKeystoreInvalidField.selector, "reason"));
        vm.prank(oracle);
        ks.judge(id, 0, false, 0);

        vm.prank(oracle);
        ks.judge(id, 0, true, 0);
        vm.expectRevert(abi.encodeWithSelector(ISessionKeystore.SessionKeystoreUnexpectedStep.selector, id, 0, JUDGED));
        vm.prank(oracle);
        ks.judge(id, 0, false, 2);
    }

    function test_close_endsInference() public {
        bytes32 id = established();
        requestAs(user, id, 0, sealed_(24));
        vm.expectRevert(abi.encodeWithSelector(ISessionKeystore.SessionKeystoreUnauthorized.selector, id, stranger));
        vm.prank(stranger);
        ks.close(id);

        vm.expectEmit(true, true, true, true, address(ks));
        emit ISessionKeystore.SessionClosed(id, MINER);
        vm.prank(miner);
        ks.close(id);
        assertEq(uint8(phase(id)), uint8(ISessionKeystore.Phase.Closed), "closed");
        assertEq(uint8(ks.phaseOf(id)), uint8(ISessionKeystore.Phase.Closed), "phaseOf closed");

        uint256 established_ = uint256(1) << uint8(ISessionKeystore.Phase.Established);
        bytes memory notOpen = abi.encodeWithSelector(
            ISessionKeystore.SessionKeystoreUnexpectedPhase.selector, id, ISessionKeystore.Phase.Closed, established_
        );
        vm.expectRevert(notOpen);
        vm.prank(miner);
        ks.respond(id, 0, sealed_(24), COMMIT);
        vm.expectRevert(notOpen);
        requestAs(user, id, 1, sealed_(24));
        vm.expectRevert(notOpen);
        vm.prank(user);
        ks.close(id);
        // Closed is final: nobody can expire or abort it.
        vm.warp(block.timestamp + 365 days);
        uint256 openPhases = (uint256(1) << uint8(ISessionKeystore.Phase.Committing))
            | (uint256(1) << uint8(ISessionKeystore.Phase.Revealing))
            | (uint256(1) << uint8(ISessionKeystore.Phase.Partials))
            | (uint256(1) << uint8(ISessionKeystore.Phase.Wrapping))
            | (uint256(1) << uint8(ISessionKeystore.Phase.Attesting));
        vm.expectRevert(
            abi.encodeWithSelector(
                ISessionKeystore.SessionKeystoreUnexpectedPhase.selector, id, ISessionKeystore.Phase.Closed, openPhases
            )
        );
        ks.expire(id);
    }

    function test_close_onlyEstablished() public {
        bytes32 id = combinedAttesting();
        vm.expectRevert(
            abi.encodeWithSelector(
                ISessionKeystore.SessionKeystoreUnexpectedPhase.selector,
                id,
                ISessionKeystore.Phase.Attesting,
                uint256(1) << uint8(ISessionKeystore.Phase.Established)
            )
        );
        vm.prank(user);
        ks.close(id);
    }

    function test_sessionsDoNotShareInferences() public {
        bytes32 a = established();
        bytes32 b = established();
        requestAs(user, a, 0, sealed_(24));
        assertEq(uint8(ks.stepOf(b, 0)), uint8(NONE), "b untouched");
        assertEq(ks.session(b).requests, 0, "b counter untouched");
        vm.expectRevert(abi.encodeWithSelector(ISessionKeystore.SessionKeystoreUnexpectedStep.selector, b, 0, NONE));
        vm.prank(miner);
        ks.respond(b, 0, sealed_(24), COMMIT);
    }

    // ---------------------------------------------------------------------------------
    // No close before the verdict (F2)
    // ---------------------------------------------------------------------------------

    function _expectVerdictPending(bytes32 id, uint64 pending, uint64 deadline) internal {
        vm.expectRevert(
            abi.encodeWithSelector(ISessionKeystore.SessionKeystoreVerdictPending.selector, id, pending, deadline)
        );
    }

    /// @dev The attack: the miner answers garbage and closes in the same transaction, so
    /// the oracle's INVALID verdict could never be recorded.
    function test_close_minerCannotPreemptTheVerdict() public {
        bytes32 id = established();
        requestAs(user, id, 0, sealed_(40));
        bytes[] memory calls = new bytes[](2);
        calls[0] = abi.encodeCall(ks.respond, (id, 0, sealed_(90), COMMIT));
        calls[1] = abi.encodeCall(ks.close, (id));
        _expectVerdictPending(id, 1, uint64(block.timestamp) + TIMEOUT);
        vm.prank(miner);
        ks.multicall(calls, false);

        // Batched with allowFailure the answer stands and the close fails.
        vm.prank(miner);
        ISessionKeystore.CallResult[] memory r = ks.multicall(calls, true);
        assertTrue(r[0].success && !r[1].success, "answer accepted, close refused");
        assertEq(uint8(phase(id)), uint8(ISessionKeystore.Phase.Established), "still established");

        vm.expectEmit(true, true, true, true, address(ks));
        emit ISessionKeystore.InferenceJudged(id, 0, false, 8);
        vm.prank(oracle);
        ks.judge(id, 0, false, 8);
        vm.prank(miner);
        ks.close(id);
        assertEq(uint8(phase(id)), uint8(ISessionKeystore.Phase.Closed), "closed after the verdict");
    }

    function test_close_revertsForEveryRoleWhileAVerdictIsPending() public {
        bytes32 id = established();
        requestAs(user, id, 0, sealed_(40));
        requestAs(user, id, 1, sealed_(40));
        vm.startPrank(miner);
        ks.respond(id, 0, sealed_(90), COMMIT);
        vm.warp(block.timestamp + 5);
        ks.respond(id, 1, sealed_(90), COMMIT);
        vm.stopPrank();
        uint64 deadline = uint64(block.timestamp) + TIMEOUT;
        for (uint8 r = 0; r < 3; ++r) {
            _expectVerdictPending(id, 2, deadline);
            vm.prank(accountOf(ISessionKeystore.Role(r)));
            ks.close(id);
        }
        vm.prank(oracle);
        ks.judge(id, 1, true, 0);
        _expectVerdictPending(id, 1, deadline);
        vm.prank(user);
        ks.close(id);
        vm.prank(oracle);
        ks.judge(id, 0, true, 0);
        vm.prank(user);
        ks.close(id);
        assertEq(uint8(phase(id)), uint8(ISessionKeystore.Phase.Closed), "closed");
    }

    function test_close_afterTheVerdictDeadline() public {
        bytes32 id = established();
        requestAs(user, id, 0, sealed_(40));
        vm.prank(miner);
        ks.respond(id, 0, sealed_(90), COMMIT);
        uint64 deadline = uint64(block.timestamp) + TIMEOUT;
        vm.warp(deadline);
        _expectVerdictPending(id, 1, deadline);
        vm.prank(user);
        ks.close(id);
        vm.warp(uint256(deadline) + 1);
        vm.prank(user);
        ks.close(id);
        assertEq(uint8(phase(id)), uint8(ISessionKeystore.Phase.Closed), "a stalled oracle does not keep it open");
    }

    function test_close_unansweredRequestsDoNotBlock() public {
        bytes32 id = established();
        requestAs(user, id, 0, sealed_(40));
        vm.prank(user);
        ks.close(id);
        assertEq(uint8(phase(id)), uint8(ISessionKeystore.Phase.Closed), "closed");
    }

    // ---------------------------------------------------------------------------------
    // Checks as tight as the spec
    // ---------------------------------------------------------------------------------

    /// @dev An envelope is a u64 counter and a 16-byte tag: anything shorter is garbage.
    function test_request_revertsBelowAnEnvelope() public {
        bytes32 id = established();
        vm.expectRevert(abi.encodeWithSelector(ISessionKeystore.SessionKeystoreInvalidLength.selector, 24, 23));
        requestAs(user, id, 0, sealed_(23));
        requestAs(user, id, 0, sealed_(24));
    }

    function test_respond_revertsBelowAnEnvelope() public {
        bytes32 id = established();
        requestAs(user, id, 0, sealed_(24));
        vm.expectRevert(abi.encodeWithSelector(ISessionKeystore.SessionKeystoreInvalidLength.selector, 24, 16));
        vm.prank(miner);
        ks.respond(id, 0, sealed_(16), COMMIT);
    }

    /// @dev Codes above 12 (unavailable) are reserved by the spec.
    function test_judge_revertsOnReservedReason() public {
        bytes32 id = established();
        requestAs(user, id, 0, sealed_(24));
        vm.prank(miner);
        ks.respond(id, 0, sealed_(24), COMMIT);
        vm.expectRevert(abi.encodeWithSelector(ISessionKeystore.SessionKeystoreInvalidField.selector, "reason"));
        vm.prank(oracle);
        ks.judge(id, 0, false, 13);
        vm.prank(oracle);
        ks.judge(id, 0, false, 12);
        assertEq(uint8(ks.stepOf(id, 0)), uint8(JUDGED), "judged with the last defined code");
    }

    function testFuzz_judge_reasonCodes(uint8 reason) public {
        bytes32 id = established();
        requestAs(user, id, 0, sealed_(24));
        vm.prank(miner);
        ks.respond(id, 0, sealed_(24), COMMIT);
        if (reason == 0 || reason > 12) {
            vm.expectRevert(abi.encodeWithSelector(ISessionKeystore.SessionKeystoreInvalidField.selector, "reason"));
        }
        vm.prank(oracle);
        ks.judge(id, 0, false, reason);
    }
}
