// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {Test} from "./utils/Test.sol";
import {ISessionKeystore} from "../../contracts/ISessionKeystore.sol";
import {SessionKeystore} from "../../contracts/SessionKeystore.sol";

/// @notice Shared set-up: a deployed keystore, three parties and a stranger, registered
/// keys of both suites for the miner and the oracle, and helpers that drive a session to
/// any phase. The contract never checks curve points, so keys here are arbitrary bytes of
/// the right length.
abstract contract Fixture is Test {
    SessionKeystore internal ks;

    address internal user = vm.addr(0xA11CE);
    address internal miner = vm.addr(0xB0B);
    address internal oracle = vm.addr(0x0AC1E);
    address internal stranger = vm.addr(0x5);

    uint32 internal constant TIMEOUT = 60;

    ISessionKeystore.Role internal constant USER = ISessionKeystore.Role.User;
    ISessionKeystore.Role internal constant MINER = ISessionKeystore.Role.Miner;
    ISessionKeystore.Role internal constant ORACLE = ISessionKeystore.Role.Oracle;
    ISessionKeystore.Suite internal constant X25519 = ISessionKeystore.Suite.X25519;
    ISessionKeystore.Suite internal constant HYBRID = ISessionKeystore.Suite.Hybrid;

    function setUp() public virtual {
        vm.warp(1_700_000_000);
        ks = new SessionKeystore();
        for (uint256 i = 0; i < 2; ++i) {
            address a = i == 0 ? miner : oracle;
            vm.startPrank(a);
            ks.registerKey(X25519, key(X25519, uint256(uint160(a))));
            ks.registerKey(HYBRID, key(HYBRID, uint256(uint160(a))));
            vm.stopPrank();
        }
    }

    // ---------------------------------------------------------------------------------
    // Values
    // ---------------------------------------------------------------------------------

    function key(ISessionKeystore.Suite suite, uint256 seed) internal pure returns (bytes memory k) {
        k = new bytes(suite == ISessionKeystore.Suite.X25519 ? 32 : 1216);
        for (uint256 i = 0; i < k.length; i += 32) {
            bytes32 w = keccak256(abi.encode("key", seed, i));
            for (uint256 j = 0; j < 32 && i + j < k.length; ++j) {
                k[i + j] = w[j];
            }
        }
    }

    function wrapOf(ISessionKeystore.Suite suite, uint256 seed) internal pure returns (bytes memory w) {
        w = new bytes(suite == ISessionKeystore.Suite.X25519 ? 80 : 1168);
        w[0] = bytes1(uint8(seed));
        w[w.length - 1] = 0x01;
    }

    function eph(bytes32 id, ISessionKeystore.Role role) internal pure returns (bytes32) {
        return keccak256(abi.encode("eph", id, role));
    }

    function accountOf(ISessionKeystore.Role role) internal view returns (address) {
        return role == USER ? user : role == MINER ? miner : oracle;
    }

    function bit(ISessionKeystore.Role role) internal pure returns (uint8) {
        return uint8(1) << uint8(role);
    }

    function phaseBit(ISessionKeystore.Phase p) internal pure returns (uint256) {
        return uint256(1) << uint8(p);
    }

    function commitmentFor(bytes32 id, ISessionKeystore.Role role) internal view returns (bytes32) {
        return keccak256(
            abi.encode(
                keccak256("sessionkeystore/v1/commitment"),
                block.chainid,
                address(ks),
                id,
                uint8(role),
                accountOf(role),
                eph(id, role)
            )
        );
    }

    // ---------------------------------------------------------------------------------
    // Opening
    // ---------------------------------------------------------------------------------

    function nextId() internal view returns (bytes32) {
        return ks.sessionIdOf(user, ks.nonces(user));
    }

    function combinedParams() internal view returns (ISessionKeystore.OpenParams memory p) {
        bytes32 id = nextId();
        p.miner = miner;
        p.oracle = oracle;
        p.method = ISessionKeystore.Method.Combined;
        p.suite = X25519;
        p.coordinator = USER;
        p.phaseTimeout = TIMEOUT;
        p.nonce = ks.nonces(user);
        p.commitment = commitmentFor(id, USER);
    }

    function coordinatedParams(ISessionKeystore.Suite suite, ISessionKeystore.Role coordinator)
        internal
        view
        returns (ISessionKeystore.OpenParams memory p)
    {
        p.miner = miner;
        p.oracle = oracle;
        p.method = ISessionKeystore.Method.Coordinator;
        p.suite = suite;
        p.coordinator = coordinator;
        p.phaseTimeout = TIMEOUT;
        p.nonce = ks.nonces(user);
        if (coordinator != MINER) p.minerKeyVersion = ks.keyOf(miner, suite).version;
        if (coordinator != ORACLE) p.oracleKeyVersion = ks.keyOf(oracle, suite).version;
        if (coordinator == USER) {
            p.wrapMiner = wrapOf(suite, 1);
            p.wrapOracle = wrapOf(suite, 2);
        } else {
            p.userKey = key(suite, 7);
        }
    }

    function openWith(ISessionKeystore.OpenParams memory p) internal returns (bytes32 id) {
        vm.prank(user);
        id = ks.open(p);
    }

    function openCombined() internal returns (bytes32) {
        return openWith(combinedParams());
    }

    function openCoordinated(ISessionKeystore.Suite suite, ISessionKeystore.Role coordinator)
        internal
        returns (bytes32)
    {
        return openWith(coordinatedParams(suite, coordinator));
    }

    // ---------------------------------------------------------------------------------
    // Driving Method 1
    // ---------------------------------------------------------------------------------

    function joinAll(bytes32 id) internal {
        vm.prank(miner);
        ks.join(id, commitmentFor(id, MINER));
        vm.prank(oracle);
        ks.join(id, commitmentFor(id, ORACLE));
    }

    function revealAll(bytes32 id) internal {
        for (uint8 r = 0; r < 3; ++r) {
            ISessionKeystore.Role role = ISessionKeystore.Role(r);
            vm.prank(accountOf(role));
            ks.reveal(id, eph(id, role));
        }
    }

    function partialsAll(bytes32 id) internal {
        for (uint8 r = 0; r < 3; ++r) {
            vm.prank(accountOf(ISessionKeystore.Role(r)));
            ks.publishPartial(id, keccak256(abi.encode("partial", id, r)));
        }
    }

    /// @dev A Method 1 session in phase Attesting.
    function combinedAttesting() internal returns (bytes32 id) {
        id = openCombined();
        joinAll(id);
        revealAll(id);
        partialsAll(id);
    }

    function attestAs(bytes32 id, ISessionKeystore.Role role, bytes32 a) internal {
        vm.prank(accountOf(role));
        ks.attest(id, a);
    }

    function phase(bytes32 id) internal view returns (ISessionKeystore.Phase) {
        return ks.session(id).phase;
    }
}
