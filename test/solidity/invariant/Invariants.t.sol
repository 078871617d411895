// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {Test} from "../utils/Test.sol";
import {Handler} from "./Handler.sol";
import {ISessionKeystore} from "../../../contracts/ISessionKeystore.sol";
import {SessionKeystore} from "../../../contracts/SessionKeystore.sol";

/// @notice The contract's safety properties under random sequences of honest steps and
/// deviations by the parties of many sessions of both methods and a stranger. The handler
/// models every session itself; each invariant below compares the contract with that
/// model. One invariant function runs one campaign; the properties are checked together
/// (a failure names the property) so that the coverage of the campaign, counted in
/// `afterInvariant`, is the coverage of every property.
contract InvariantsTest is Test {
    /// @dev Foundry's console (no code: called with a bare staticcall): its logs are
    /// printed by `forge test -vv` (foundry.toml sets verbosity 2).
    address internal constant CONSOLE = 0x000000000000000000636F6e736F6c652e6c6f67;
    /// @dev The coverage of the runs so far, carried from run to run in the process
    /// environment (each run starts from a fresh EVM state).
    string internal constant COVERAGE = "SESSIONKEYSTORE_INVARIANT_COVERAGE";
    uint256 internal constant FIELDS = 19;

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
        // Weights: honest progress dominates; every deviation stays frequent enough to
        // reach every terminal state of both methods.
        bytes4[] memory s = new bytes4[](27);
        s[0] = Handler.open.selector;
        s[1] = Handler.open.selector;
        for (uint256 i = 2; i < 14; ++i) {
            s[i] = Handler.advance.selector;
        }
        s[14] = Handler.infer.selector;
        s[15] = Handler.infer.selector;
        s[16] = Handler.infer.selector;
        s[17] = Handler.abort.selector;
        s[18] = Handler.expire.selector;
        s[19] = Handler.warp.selector;
        s[20] = Handler.batch.selector;
        s[21] = Handler.disclose.selector;
        s[22] = Handler.intrude.selector;
        s[23] = Handler.publishOneTime.selector;
        s[24] = Handler.publishOneTime.selector;
        s[25] = Handler.reuseOneTime.selector;
        s[26] = Handler.stalePin.selector;
        targetSelector(FuzzSelector(address(handler), s));
        bytes4[] memory rare = new bytes4[](2);
        rare[0] = Handler.rotateKey.selector;
        rare[1] = Handler.announce.selector;
        targetSelector(FuzzSelector(address(handler), rare));
    }

    /// @notice Every property, against the handler's own model of each session:
    /// - model: every call is accepted exactly when the protocol allows it (phase, role,
    ///   once per phase, values, F4's abort rules), with no effect on another session;
    /// - culprits and stalled roles: `SessionFailed` names the attestation minority (the
    ///   completing attester as reporter) or the accused and the aborting role,
    ///   `SessionExpired` the roles that had not acted (the coordinator in Wrapping);
    /// - no successful call after its deadline, and `deadline = now + phaseTimeout` at
    ///   each phase change;
    /// - terminal phases: Established only with three equal nonzero attestations, and
    ///   Established -> Closed the only move out of a terminal phase; Failed, Expired and
    ///   Closed sessions never change;
    /// - inference steps: requests numbered in sequence, each step once and in order,
    ///   the pending verdicts counted, no close while a verdict is pending before its
    ///   deadline;
    /// - reveals match the commitment computed independently (PROTOCOL.md §5.1);
    /// - nonces only increase: each user's is its last session's nonce plus one;
    /// - endpoint announcements: accepted exactly up to MAX_ENDPOINT_LENGTH bytes, by
    ///   anyone, changing no session;
    /// - pinned key versions (F1): an open pinning a recipient's version other than its
    ///   active one, or naming a key just revoked, is refused with the error that says so
    ///   and changes nothing;
    /// - one-time keys: each account's count is what it published, a key is available
    ///   exactly when published and not consumed by an accepted open, each session records
    ///   the recipients whose one-time key it consumed.
    function invariant_protocol() public view {
        string memory v = handler.violation();
        if (bytes(v).length != 0) fail(v);
        uint256 n = handler.sessionCount();
        for (uint256 i = 0; i < n; ++i) {
            bytes32 id = handler.ids(i);
            ISessionKeystore.SessionView memory s = ks.session(id);
            Handler.Ghost memory g = handler.ghost(id);
            assertTrue(s.phase == g.phase, "model: phase");
            if (uint8(s.phase) < uint8(ISessionKeystore.Phase.Established)) {
                assertEq(s.deadline, g.deadline, "deadline: not the phase change's time plus the timeout");
                assertEq(s.acted, g.acted, "model: acted");
            }
            if (s.phase == ISessionKeystore.Phase.Established || s.phase == ISessionKeystore.Phase.Closed) {
                bytes32 a = s.attestations[0];
                assertTrue(
                    a != 0 && a == s.attestations[1] && a == s.attestations[2],
                    "terminal: established without agreement"
                );
            }
            if (g.frozen != 0) assertEq(keccak256(abi.encode(s)), g.frozen, "terminal: a final session changed");
            assertEq(s.requests, g.requests, "inference: requests");
            assertEq(s.verdictsPending, g.pending, "inference: pending verdicts");
            for (uint64 q = 0; q < g.requests; ++q) {
                assertTrue(ks.stepOf(id, q) == handler.stepOf(id, q), "inference: step");
            }
            assertTrue(ks.stepOf(id, g.requests) == ISessionKeystore.Step.None, "inference: a step beyond the requests");
        }
        uint256 r = handler.revealCount();
        for (uint256 i = 0; i < r; ++i) {
            (bytes32 id, ISessionKeystore.Role role, address account, bytes32 key) = handler.reveals(i);
            bytes32 c = keccak256(
                abi.encode(
                    keccak256("sessionkeystore/v1/commitment"),
                    block.chainid,
                    address(ks),
                    id,
                    uint8(role),
                    account,
                    key
                )
            );
            assertEq(
                c, ks.session(id).commitments[uint8(role)], "reveals: an accepted reveal does not open its commitment"
            );
        }
        for (uint256 i = 0; i < 2; ++i) {
            address a = i == 0 ? handler.miner() : handler.oracle();
            uint32 published = handler.oneTimePublished(a);
            uint32 used = handler.oneTimeUsed(a);
            for (uint32 k = 0; k <= published + 1; ++k) {
                bool available = k > used && k <= published;
                assertTrue(
                    ks.isOneTimeKeyAvailable(a, ISessionKeystore.Suite.X25519, k) == available,
                    "one-time keys: availability"
                );
            }
        }
        for (uint256 i = 0; i < n; ++i) {
            bytes32 id = handler.ids(i);
            assertEq(ks.oneTimeRolesOf(id), handler.ghost(id).oneTime, "one-time keys: roles of a session");
        }
        for (uint256 i = 0; i < 2; ++i) {
            address u = handler.users(i);
            if (handler.hasOpened(u)) assertEq(ks.nonces(u), handler.nextNonce(u), "nonces");
            else assertEq(ks.nonces(u), 0, "nonces");
        }
    }

    /// @notice After every run: count its coverage (before anything else drives the
    /// sessions), add it to the campaign's, and from the campaign's last run on print the
    /// report and assert the floors; then liveness: honest steps, or `expire` once a
    /// deadline passes, end every session's key exchange with every property intact.
    function afterInvariant() public {
        uint256[] memory total = _accumulate();
        // forge shows the logs of the campaign's last call of afterInvariant: from the
        // configured number of runs on, each call reports the whole campaign.
        if (total[FIELDS - 1] >= vm.envOr("FOUNDRY_INVARIANT_RUNS", uint256(256))) {
            _report(total);
            _assertFloors(total);
        }
        assertTrue(handler.finishAll(), "liveness: a session could not be brought to an end");
        string memory v = handler.violation();
        if (bytes(v).length != 0) fail(v);
    }

    // ---------------------------------------------------------------------------------
    // Coverage
    // ---------------------------------------------------------------------------------

    /// @dev Fields, by method m (0 Combined, 1 Coordinator) at 2k + m: opened,
    /// established, closed, failed by abort, failed by attestation mismatch, expired;
    /// then judged verdicts, multicalls, opens with a one-time key, opens refused for a
    /// consumed or unpublished one-time key, opens refused for a stale pinned key version
    /// or a revoked key, endpoint announcements accepted, runs.
    function _accumulate() internal returns (uint256[] memory total) {
        total = vm.envOr(COVERAGE, ",", new uint256[](0));
        if (total.length != FIELDS) total = new uint256[](FIELDS);
        for (uint256 m = 0; m < 2; ++m) {
            total[m] += handler.opened(m);
            total[2 + m] += handler.established(m);
            total[4 + m] += handler.closed(m);
            total[6 + m] += handler.failedAbort(m);
            total[8 + m] += handler.failedMismatch(m);
            total[10 + m] += handler.expired(m);
        }
        total[12] += handler.judged();
        total[13] += handler.batches();
        total[14] += handler.oneTimeOpens();
        total[15] += handler.oneTimeRefusals();
        total[16] += handler.stalePinRefusals();
        total[17] += handler.announcements();
        total[FIELDS - 1] += 1;
        string memory out = _str(total[0]);
        for (uint256 i = 1; i < FIELDS; ++i) {
            out = string.concat(out, ",", _str(total[i]));
        }
        vm.setEnv(COVERAGE, out);
    }

    function _report(uint256[] memory t) internal view {
        _log(
            string.concat(
                "invariant coverage after ", _str(t[FIELDS - 1]), " afterInvariant calls (sessions by method):"
            )
        );
        string[2] memory names = ["  Method 1 (combined):    ", "  Method 2 (coordinator): "];
        for (uint256 m = 0; m < 2; ++m) {
            _log(
                string.concat(
                    names[m],
                    _str(t[m]),
                    " opened, ",
                    _str(t[2 + m]),
                    " established (",
                    _str(t[m] == 0 ? 0 : 100 * t[2 + m] / t[m]),
                    " %), ",
                    _str(t[4 + m]),
                    " closed, ",
                    _str(t[6 + m]),
                    " failed by abort, ",
                    _str(t[8 + m]),
                    " failed by attestation mismatch, ",
                    _str(t[10 + m]),
                    " expired"
                )
            );
        }
        _log(string.concat("  inference verdicts: ", _str(t[12]), ", multicalls: ", _str(t[13])));
        _log(
            string.concat(
                "  one-time keys: ",
                _str(t[14]),
                " opens used one, ",
                _str(t[15]),
                " opens refused a used or unpublished one"
            )
        );
        _log(string.concat("  pinned key versions: ", _str(t[16]), " opens refused a stale pin or a revoked key"));
        _log(string.concat("  endpoint announcements: ", _str(t[17])));
    }

    /// @dev Every terminal state of both methods is reached, and at least 20 % of the
    /// sessions of each method establish.
    function _assertFloors(uint256[] memory t) internal pure {
        for (uint256 m = 0; m < 2; ++m) {
            assertTrue(t[m] > 0, "coverage: no session of a method opened");
            assertTrue(5 * t[2 + m] >= t[m], "coverage: under 20 % of a method's sessions established");
            assertTrue(t[4 + m] > 0, "coverage: a method never reached Closed");
            assertTrue(t[6 + m] > 0, "coverage: a method never failed by abort");
            assertTrue(t[8 + m] > 0, "coverage: a method never failed by attestation mismatch");
            assertTrue(t[10 + m] > 0, "coverage: a method never expired");
        }
        assertTrue(t[12] > 0, "coverage: no inference verdict");
        assertTrue(t[13] > 0, "coverage: no multicall");
        assertTrue(t[14] > 0, "coverage: no open with a one-time key");
        assertTrue(t[15] > 0, "coverage: no open refused for its one-time key");
        assertTrue(t[16] > 0, "coverage: no open refused for a stale pinned key version");
        assertTrue(t[17] > 0, "coverage: no endpoint announcement");
    }

    function _log(string memory message) internal view {
        // The console has no code; a high-level call would revert on that.
        // solhint-disable-next-line avoid-low-level-calls
        (bool ok,) = CONSOLE.staticcall(abi.encodeWithSignature("log(string)", message));
        ok; // the console never fails; nothing to do either way
    }
}
