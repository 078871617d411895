// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {Fixture} from "./Fixture.sol";
import {ISessionKeystore} from "../../contracts/ISessionKeystore.sol";

/// @notice Unknown sessions on every session call, and fuzzing of the inputs the other
/// suites cover only with fixed values.
contract InputsTest is Fixture {
    function _expectUnknown(bytes32 id) internal {
        vm.expectRevert(abi.encodeWithSelector(ISessionKeystore.SessionKeystoreUnknownSession.selector, id));
    }

    function test_everyCall_revertsOnUnknownSession() public {
        bytes32 id = keccak256("nothing");
        vm.startPrank(miner);
        _expectUnknown(id);
        ks.join(id, bytes32(uint256(1)));
        _expectUnknown(id);
        ks.reveal(id, bytes32(uint256(1)));
        _expectUnknown(id);
        ks.publishPartial(id, bytes32(uint256(1)));
        _expectUnknown(id);
        ks.distribute(id, wrapOf(X25519, 1), wrapOf(X25519, 2));
        _expectUnknown(id);
        ks.attest(id, bytes32(uint256(1)));
        _expectUnknown(id);
        ks.abort(id, 1, ISessionKeystore.Fault.Other);
        _expectUnknown(id);
        ks.expire(id);
        vm.stopPrank();
    }

    function testFuzz_everyCall_revertsOnUnknownSession(bytes32 id) public {
        vm.assume(ks.session(id).phase == ISessionKeystore.Phase.None);
        _expectUnknown(id);
        vm.prank(oracle);
        ks.attest(id, bytes32(uint256(1)));
    }

    function testFuzz_join_anyNonzeroCommitmentIsRecorded(bytes32 c) public {
        bytes32 id = openCombined();
        if (c == bytes32(0)) {
            vm.expectRevert(abi.encodeWithSelector(ISessionKeystore.SessionKeystoreZeroValue.selector, id, MINER));
        }
        vm.prank(miner);
        ks.join(id, c);
        if (c != bytes32(0)) assertEq(ks.session(id).commitments[1], c, "recorded");
    }

    function test_join_anyNonzeroCommitmentIsRecorded() public {
        testFuzz_join_anyNonzeroCommitmentIsRecorded(keccak256("c"));
    }

    function testFuzz_publishPartial_anyNonzeroValue(bytes32 p) public {
        bytes32 id = openCombined();
        joinAll(id);
        revealAll(id);
        if (p == bytes32(0)) {
            vm.expectRevert(abi.encodeWithSelector(ISessionKeystore.SessionKeystoreZeroValue.selector, id, USER));
        } else {
            vm.expectEmit(true, true, true, true, address(ks));
            emit ISessionKeystore.PartialPublished(id, USER, p);
        }
        vm.prank(user);
        ks.publishPartial(id, p);
    }

    function test_publishPartial_anyNonzeroValue() public {
        testFuzz_publishPartial_anyNonzeroValue(bytes32(uint256(9)));
    }

    function testFuzz_distribute_exactLengthsOnly(uint256 a, uint256 b, bool hybrid) public {
        ISessionKeystore.Suite suite = hybrid ? HYBRID : X25519;
        uint256 want = hybrid ? 1168 : 80;
        a = bound(a, want - 2, want + 2);
        b = bound(b, want - 2, want + 2);
        bytes32 id = openCoordinated(suite, MINER);
        if (a != want) {
            vm.expectRevert(abi.encodeWithSelector(ISessionKeystore.SessionKeystoreInvalidLength.selector, want, a));
        } else if (b != want) {
            vm.expectRevert(abi.encodeWithSelector(ISessionKeystore.SessionKeystoreInvalidLength.selector, want, b));
        }
        vm.prank(miner);
        ks.distribute(id, new bytes(a), new bytes(b));
    }

    function test_distribute_exactLengthsOnly() public {
        testFuzz_distribute_exactLengthsOnly(80, 81, false);
    }

    function testFuzz_open_userKeyLength(uint256 len) public {
        len = bound(len, 0, 1300);
        ISessionKeystore.OpenParams memory p = coordinatedParams(HYBRID, ORACLE);
        p.userKey = new bytes(len);
        if (len > 0) {
            p.userKey[0] = 0x01;
            p.userKey[len - 1] = 0x01; // a nonzero X25519 part
        }
        if (len != 1216) {
            vm.expectRevert(abi.encodeWithSelector(ISessionKeystore.SessionKeystoreInvalidLength.selector, 1216, len));
        }
        openWith(p);
    }

    function test_open_userKeyLength() public {
        testFuzz_open_userKeyLength(1215);
    }
}
