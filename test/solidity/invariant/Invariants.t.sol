// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {Test} from "../utils/Test.sol";
import {Handler} from "./Handler.sol";
import {ISessionKeystore} from "../../../contracts/ISessionKeystore.sol";
import {SessionKeystore} from "../../../contracts/SessionKeystore.sol";

/// @notice The contract's safety properties under random sequences of valid and hostile
/// actions by the parties of several sessions and a stranger.
contract InvariantsTest is Test {
    SessionKeystore internal ks;
    Handler internal handler;

    function setUp() public {
        vm.warp(1_700_000_000);
        ks = new SessionKeystore();
        address miner = vm.addr(0xB0B);
        address oracle = vm.addr(0x0AC1E);
        for (uint256 i = 0; i < 2; ++i) {
            address a = i == 0 ? miner : oracle;
            bytes memory hybrid = new bytes(1216);
            hybrid[0] = 0x01;
            hybrid[1215] = 0x01; // a nonzero X25519 part
            vm.startPrank(a);
            ks.registerKey(ISessionKeystore.Suite.X25519, abi.encodePacked(keccak256(abi.encode(a))));
            ks.registerKey(ISessionKeystore.Suite.Hybrid, hybrid);
            vm.stopPrank();
        }
        handler = new Handler(ks, vm.addr(0xA11CE), vm.addr(0xA11CF), miner, oracle, vm.addr(0x5));
        targetContract(address(handler));
        bytes4[] memory selectors = new bytes4[](9);
        selectors[0] = Handler.open.selector;
        selectors[1] = Handler.step.selector;
        selectors[2] = Handler.step.selector; // weighted: valid steps dominate
        selectors[3] = Handler.step.selector;
        selectors[4] = Handler.badReveal.selector;
        selectors[5] = Handler.intrude.selector;
        selectors[6] = Handler.abort.selector;
        selectors[7] = Handler.expire.selector;
        selectors[8] = Handler.warp.selector;
        targetSelector(FuzzSelector(address(handler), selectors));
        bytes4[] memory rare = new bytes4[](1);
        rare[0] = Handler.rotateKey.selector;
        targetSelector(FuzzSelector(address(handler), rare));
    }

    /// @notice No handler-observed violation: phases only forward, slots written once and
    /// only by their role's account, terminal sessions frozen, no cross-session effects.
    function invariant_noViolationObserved() public view {
        string memory v = handler.violation();
        if (bytes(v).length != 0) fail(v);
    }

    /// @notice Established only with three equal, nonzero attestations; terminal
    /// sessions never change; phases never go back.
    function invariant_sessionStates() public view {
        uint256 n = handler.sessionCount();
        for (uint256 i = 0; i < n; ++i) {
            bytes32 id = handler.ids(i);
            ISessionKeystore.SessionView memory v = ks.session(id);
            assertTrue(uint8(v.phase) >= uint8(handler.lastPhase(id)), "phase went back");
            if (v.phase == ISessionKeystore.Phase.Established) {
                bytes32 a = v.attestations[0];
                assertTrue(a != 0 && a == v.attestations[1] && a == v.attestations[2], "established without agreement");
            }
            bytes32 snap = handler.terminalSnapshot(id);
            if (snap != 0) assertEq(keccak256(abi.encode(v)), snap, "terminal session changed");
        }
    }

    /// @notice Every accepted reveal matches the commitment of its role.
    function invariant_revealsMatchCommitments() public view {
        uint256 n = handler.revealCount();
        for (uint256 i = 0; i < n; ++i) {
            (bytes32 id, ISessionKeystore.Role role, address account, bytes32 key) = handler.reveals(i);
            assertEq(
                ks.commitmentOf(id, role, account, key), ks.session(id).commitments[uint8(role)], "reveal mismatch"
            );
        }
    }

    /// @notice Nonces count exactly the sessions each user opened.
    function invariant_noncesCountSessions() public view {
        for (uint256 i = 0; i < 2; ++i) {
            address u = handler.users(i);
            assertEq(ks.nonces(u), handler.opened(u), "nonce");
        }
    }

    /// @notice Liveness: after every run, whatever state it left, honest steps (or
    /// `expire` once a deadline passes) end the run's first session, and every
    /// invariant still holds.
    function afterInvariant() public {
        assertTrue(handler.finishFirst(), "a session could not be brought to an end");
        assertTrue(bytes(handler.violation()).length == 0, handler.violation());
    }
}
