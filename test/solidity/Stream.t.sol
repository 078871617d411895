// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {Fixture} from "./Fixture.sol";
import {ISessionKeystore} from "../../contracts/ISessionKeystore.sol";

/// @notice The stream transport (docs/PROTOCOL.md §13.8): requestStream, respondStream,
/// their place among the on-chain inferences, fixed gas whatever the stream's size, and
/// announceEndpoint.
contract StreamTest is Fixture {
    ISessionKeystore.Step internal constant REQUESTED = ISessionKeystore.Step.Requested;
    ISessionKeystore.Step internal constant ANSWERED = ISessionKeystore.Step.Answered;
    ISessionKeystore.Step internal constant JUDGED = ISessionKeystore.Step.Judged;
    bytes32 internal constant PROMPT = keccak256("prompt stream");
    bytes32 internal constant ANSWER = keccak256("answer stream");
    bytes32 internal constant COMMIT = keccak256("stream result commitment");

    function established() internal returns (bytes32 id) {
        id = combinedAttesting();
        for (uint8 r = 0; r < 3; ++r) {
            attestAs(id, ISessionKeystore.Role(r), keccak256("K"));
        }
        assertEq(uint8(phase(id)), uint8(ISessionKeystore.Phase.Established), "established");
    }

    function requestStreamAs(address who, bytes32 id, uint64 seq, uint64 size) internal {
        vm.prank(who);
        ks.requestStream(id, seq, PROMPT, size);
    }

    function respondStreamAs(address who, bytes32 id, uint64 seq, uint64 size) internal {
        vm.prank(who);
        ks.respondStream(id, seq, ANSWER, size, COMMIT);
    }

    function test_streamRound_emitsEveryStep() public {
        bytes32 id = established();
        vm.expectEmit(true, true, true, true, address(ks));
        emit ISessionKeystore.StreamRequested(id, 0, PROMPT, 1 << 20);
        requestStreamAs(user, id, 0, 1 << 20);
        assertEq(uint8(ks.stepOf(id, 0)), uint8(REQUESTED), "requested");
        assertTrue(ks.isStreamed(id, 0), "streamed");
        assertEq(ks.session(id).requests, 1, "requests");

        vm.expectEmit(true, true, true, true, address(ks));
        emit ISessionKeystore.StreamAnswered(id, 0, ANSWER, 2 << 20, COMMIT);
        respondStreamAs(miner, id, 0, 2 << 20);
        assertEq(uint8(ks.stepOf(id, 0)), uint8(ANSWERED), "answered");
        assertEq(ks.session(id).verdictsPending, 1, "a verdict pending");
        assertEq(ks.session(id).verdictDeadline, block.timestamp + ks.session(id).phaseTimeout, "verdict deadline");

        vm.expectEmit(true, true, true, true, address(ks));
        emit ISessionKeystore.InferenceJudged(id, 0, false, 12);
        vm.prank(oracle);
        ks.judge(id, 0, false, 12);
        assertEq(uint8(ks.stepOf(id, 0)), uint8(JUDGED), "judged unavailable");
        assertEq(ks.session(id).verdictsPending, 0, "no verdict pending");
    }

    /// @dev Both transports share one numbering; each request is answered in its own.
    function test_transportsShareTheNumbering() public {
        bytes32 id = established();
        requestStreamAs(user, id, 0, 100);
        vm.prank(user);
        ks.request(id, 1, new bytes(24));
        requestStreamAs(user, id, 2, 100);
        assertTrue(ks.isStreamed(id, 0) && !ks.isStreamed(id, 1) && ks.isStreamed(id, 2), "transports");
        assertEq(ks.session(id).requests, 3, "requests");
        vm.expectRevert(abi.encodeWithSelector(ISessionKeystore.SessionKeystoreUnexpectedSequence.selector, id, 3, 2));
        requestStreamAs(user, id, 2, 100);
    }

    function test_respond_revertsOnAStreamedRequest() public {
        bytes32 id = established();
        requestStreamAs(user, id, 0, 100);
        vm.expectRevert(abi.encodeWithSelector(ISessionKeystore.SessionKeystoreWrongTransport.selector, id, 0, true));
        vm.prank(miner);
        ks.respond(id, 0, new bytes(24), COMMIT);
    }

    function test_respondStream_revertsOnAnOnChainRequest() public {
        bytes32 id = established();
        vm.prank(user);
        ks.request(id, 0, new bytes(24));
        vm.expectRevert(abi.encodeWithSelector(ISessionKeystore.SessionKeystoreWrongTransport.selector, id, 0, false));
        respondStreamAs(miner, id, 0, 100);
    }

    function test_respondStream_onlyOnce() public {
        bytes32 id = established();
        requestStreamAs(user, id, 0, 100);
        respondStreamAs(miner, id, 0, 100);
        vm.expectRevert(
            abi.encodeWithSelector(ISessionKeystore.SessionKeystoreUnexpectedStep.selector, id, 0, ANSWERED)
        );
        respondStreamAs(miner, id, 0, 100);
        vm.expectRevert(
            abi.encodeWithSelector(
                ISessionKeystore.SessionKeystoreUnexpectedStep.selector, id, 1, ISessionKeystore.Step.None
            )
        );
        respondStreamAs(miner, id, 1, 100);
    }

    function test_requestStream_revertsOnAZeroHashOrAShortStream() public {
        bytes32 id = established();
        vm.expectRevert(abi.encodeWithSelector(ISessionKeystore.SessionKeystoreInvalidStream.selector, id, 0, 100));
        vm.prank(user);
        ks.requestStream(id, 0, bytes32(0), 100);
        vm.expectRevert(abi.encodeWithSelector(ISessionKeystore.SessionKeystoreInvalidStream.selector, id, 0, 52));
        requestStreamAs(user, id, 0, 52);
        requestStreamAs(user, id, 0, 53);
    }

    function test_respondStream_revertsOnAZeroHashShortStreamOrZeroCommitment() public {
        bytes32 id = established();
        requestStreamAs(user, id, 0, 100);
        vm.expectRevert(abi.encodeWithSelector(ISessionKeystore.SessionKeystoreInvalidStream.selector, id, 0, 100));
        vm.prank(miner);
        ks.respondStream(id, 0, bytes32(0), 100, COMMIT);
        vm.expectRevert(abi.encodeWithSelector(ISessionKeystore.SessionKeystoreInvalidStream.selector, id, 0, 52));
        respondStreamAs(miner, id, 0, 52);
        vm.expectRevert(
            abi.encodeWithSelector(ISessionKeystore.SessionKeystoreZeroValue.selector, id, ISessionKeystore.Role.Miner)
        );
        vm.prank(miner);
        ks.respondStream(id, 0, ANSWER, 100, bytes32(0));
    }

    function test_streamSteps_onlyTheirRole() public {
        bytes32 id = established();
        vm.expectRevert(
            abi.encodeWithSelector(ISessionKeystore.SessionKeystoreWrongRole.selector, id, ISessionKeystore.Role.Miner)
        );
        requestStreamAs(miner, id, 0, 100);
        vm.expectRevert(abi.encodeWithSelector(ISessionKeystore.SessionKeystoreUnauthorized.selector, id, stranger));
        requestStreamAs(stranger, id, 0, 100);
        requestStreamAs(user, id, 0, 100);
        vm.expectRevert(
            abi.encodeWithSelector(ISessionKeystore.SessionKeystoreWrongRole.selector, id, ISessionKeystore.Role.Oracle)
        );
        respondStreamAs(oracle, id, 0, 100);
        vm.expectRevert(abi.encodeWithSelector(ISessionKeystore.SessionKeystoreUnauthorized.selector, id, stranger));
        respondStreamAs(stranger, id, 0, 100);
    }

    function test_requestStream_onlyEstablished() public {
        bytes32 id = combinedAttesting();
        vm.expectRevert(
            abi.encodeWithSelector(
                ISessionKeystore.SessionKeystoreUnexpectedPhase.selector,
                id,
                ISessionKeystore.Phase.Attesting,
                phaseBit(ISessionKeystore.Phase.Established)
            )
        );
        requestStreamAs(user, id, 0, 100);
    }

    /// @dev A streamed answer blocks `close` until judged or past the verdict deadline,
    /// as an on-chain one does.
    function test_close_waitsForAStreamedVerdict() public {
        bytes32 id = established();
        requestStreamAs(user, id, 0, 100);
        respondStreamAs(miner, id, 0, 100);
        uint64 deadline = ks.session(id).verdictDeadline;
        vm.expectRevert(
            abi.encodeWithSelector(ISessionKeystore.SessionKeystoreVerdictPending.selector, id, 1, deadline)
        );
        vm.prank(miner);
        ks.close(id);
        vm.prank(oracle);
        ks.judge(id, 0, true, 0);
        vm.prank(miner);
        ks.close(id);
    }

    /// @dev The gas of a streamed inference does not depend on the stream sizes: the
    /// same steps in two sessions (each touching its storage cold) cost the same gas, within
    /// 100 (stack and id noise; a single byte of event data per KiB would be 8,000), for
    /// the shortest stream and for any other size.
    function testFuzz_streamGas_constantInSize(uint64 promptSize, uint64 answerSize) public {
        promptSize = uint64(bound(promptSize, 53, type(uint64).max));
        answerSize = uint64(bound(answerSize, 53, type(uint64).max));
        bytes32 a = established();
        bytes32 b = established();
        vm.prank(user);
        uint256 g0 = gasleft();
        ks.requestStream(a, 0, PROMPT, 53);
        uint256 small = g0 - gasleft();
        vm.prank(user);
        g0 = gasleft();
        ks.requestStream(b, 0, PROMPT, promptSize);
        assertNear(g0 - gasleft(), small, "request gas moved with the size");
        vm.prank(miner);
        g0 = gasleft();
        ks.respondStream(a, 0, ANSWER, 53, COMMIT);
        small = g0 - gasleft();
        vm.prank(miner);
        g0 = gasleft();
        ks.respondStream(b, 0, ANSWER, answerSize, COMMIT);
        assertNear(g0 - gasleft(), small, "respond gas moved with the size");
    }

    function assertNear(uint256 a, uint256 b, string memory message) internal pure {
        assertTrue(a <= b + 100 && b <= a + 100, message);
    }

    function test_streamGas_constantInSize() public {
        testFuzz_streamGas_constantInSize(1 << 30, 1 << 30);
    }

    function test_announceEndpoint_emits() public {
        string memory url = "http://127.0.0.1:8601";
        vm.expectEmit(true, true, true, true, address(ks));
        emit ISessionKeystore.EndpointAnnounced(miner, url);
        vm.prank(miner);
        ks.announceEndpoint(url);
        vm.expectEmit(true, true, true, true, address(ks));
        emit ISessionKeystore.EndpointAnnounced(miner, "");
        vm.prank(miner);
        ks.announceEndpoint("");
    }

    function test_announceEndpoint_revertsWhenTooLong() public {
        bytes memory url = new bytes(257);
        vm.expectRevert(abi.encodeWithSelector(ISessionKeystore.SessionKeystoreEndpointTooLong.selector, 257, 256));
        vm.prank(miner);
        ks.announceEndpoint(string(url));
        vm.prank(miner);
        ks.announceEndpoint(string(new bytes(256)));
    }

    function testFuzz_announceEndpoint_length(uint16 n) public {
        n = uint16(bound(n, 0, 600));
        if (n > 256) {
            vm.expectRevert(abi.encodeWithSelector(ISessionKeystore.SessionKeystoreEndpointTooLong.selector, n, 256));
        }
        vm.prank(oracle);
        ks.announceEndpoint(string(new bytes(n)));
    }
}
