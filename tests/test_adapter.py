"""The durable_rules adapter on its own: sessions whose facts match nothing, partly or at all.

Facts that match no rule are reported by the engine as "not handled"; the adapter must still
return the matches of the other facts, and must leave every session deletable (ENGINE-NOTES
trap 5: deleting a session on which no action started segfaults). These run in a child
process, so a segfault is a failed test rather than a dead test run.
"""

from __future__ import annotations

import subprocess
import sys
import textwrap

SCRIPT = textwrap.dedent(
    """
    from paracheck.engine.adapter import DurableRuleset

    rules = DurableRuleset("adapter-test", {
        "big": ({"$and": [{"kind": "p"}, {"$gt": {"f_x": 10}}]}, 0),
        "small": ({"$and": [{"kind": "p"}, {"$lt": {"f_x": 3}}]}, 1),
    })
    # more sessions than durable_rules keeps alive (1,024): each must be deleted
    for i in range(1500):
        with rules.session() as s:
            none = s.assert_facts([{"id": "a", "kind": "p", "f_x": 5}])
            assert none == [], none
            some = s.assert_facts([{"id": "b", "kind": "p", "f_x": 50},
                                   {"id": "c", "kind": "p", "f_x": 7},
                                   {"id": "d", "kind": "p", "f_x": 1}])
            assert sorted(some) == [("big", ["b"]), ("small", ["d"])], some
            # every match of one rule comes back in one group, ids read exactly, escaped or not
            many = s.assert_facts([{"id": f"m{j}", "kind": "p", "f_x": 20 + j} for j in range(40)]
                                  + [{"id": 'q"uote\\\\d', "kind": "p", "f_x": 99}])
            assert [name for name, _ in many] == ["big"], many
            assert sorted(many[0][1]) == sorted([f"m{j}" for j in range(40)] + ['q"uote\\\\d'])
            # a fact whose id is not its first key is read back as exactly
            late = s.assert_facts([{"id": "n1", "kind": "p", "f_x": 30},
                                   {"kind": "p", "id": "n2", "f_x": 31}])
            assert [(name, sorted(ids)) for name, ids in late] == [("big", ["n1", "n2"])], late
        with rules.session() as s:  # nothing at all matches, ever
            assert s.assert_facts([{"id": "e", "kind": "q", "f_x": 50}]) == []
        with rules.session():  # nothing asserted
            pass
    print("ok")
    """
)


def test_unmatched_facts_are_skipped_and_every_session_is_deleted():
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT], capture_output=True, text=True, timeout=300
    )
    assert done.returncode == 0, (done.returncode, done.stderr[-2000:])
    assert done.stdout.strip() == "ok"


KEPT = textwrap.dedent(
    """
    import random
    import durable_rules_engine as native
    from paracheck.engine import adapter
    from paracheck.engine.adapter import DurableRuleset

    rules = DurableRuleset("kept-test", {
        "big": ({"$and": [{"kind": "p"}, {"$gt": {"f_x": 10}}]}, 0),
        "small": ({"$and": [{"kind": "p"}, {"$lt": {"f_x": 3}}]}, 1),
    })
    rng = random.Random(7)
    deleted = 0
    for i in range(3000):
        fail = i % 250 == 3  # 12 sessions raise
        sizes = [1, 5, 40] if fail else [0, 1, 5, 40]
        n = adapter.KEEP_FACTS + 1 if i % 500 == 7 else rng.choice(sizes)  # 6 large ones
        # the same ids session after session: a fact left from an earlier one would be a
        # duplicate (refused) or would come back as a match
        xs = [rng.randint(-5, 20) for _ in range(n)]
        # ids a JSON string must escape (a quote, a backslash, a newline) in a third of the
        # sessions: they are retracted as surely as plain ones
        mark = chr(34) + chr(92) + chr(10) if i % 3 == 1 else ""
        try:
            with rules.session() as s:
                got = s.assert_facts([{"id": f"f{j}{mark}", "kind": "p", "f_x": x}
                                      for j, x in enumerate(xs)])
                if fail:
                    raise KeyError("a failing assessment")
                sid = s.sid
        except KeyError:
            deleted += 1
            continue
        want = {"big": sorted(f"f{j}{mark}" for j, x in enumerate(xs) if x > 10),
                "small": sorted(f"f{j}{mark}" for j, x in enumerate(xs) if x < 3)}
        assert {k: sorted(v) for k, v in got} == {k: v for k, v in want.items() if v}, i
        if n > adapter.KEEP_FACTS:
            deleted += 1  # a large session gives its memory back
        elif n:  # the state is kept, and empty
            assert native.get_facts(rules._handle, sid) == "[]", i
    states = next(rules._states)
    assert states == 1 + deleted, (states, deleted)
    assert deleted == 12 + 6, deleted
    print("ok", states)
    """
)


def test_one_engine_state_serves_session_after_session_and_is_left_empty():
    """Facts are retracted when a session ends and the next session reuses the state: the
    same fact ids (plain, or needing JSON escapes), session after session, match exactly as
    on a fresh state; a session that
    raised, or that asserted more than KEEP_FACTS facts, deletes its state (a new one is
    made), and no other session does."""
    done = subprocess.run([sys.executable, "-c", KEPT], capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, (done.returncode, done.stderr[-2000:])
    assert done.stdout.startswith("ok"), done.stdout


LEAK = textwrap.dedent(
    """
    from paracheck.engine import adapter
    from paracheck.engine.adapter import DurableRuleset

    rules = DurableRuleset("leak-test", {
        "big": ({"$and": [{"kind": "p"}, {"$gt": {"f_x": 10}}]}, 0),
    })
    real = adapter._native

    class Failing:
        def __getattr__(self, name):
            return getattr(real, name)

        def delete_state(self, handle, sid):
            raise real.error("deletion failed")

    with rules.session() as s:
        assert s.sid == "0"  # the engine's default: facts carry no sid
        assert s.assert_facts([{"id": "a", "kind": "p", "f_x": 50}]) == [("big", ["a"])]
    adapter._native = Failing()
    try:
        with rules.session() as s:
            s.assert_facts([{"id": "a", "kind": "p", "f_x": 50}])
            raise KeyError("a failing assessment: its state is deleted")
    except real.error:
        pass  # the deletion failed: state "0" is left behind, with fact "a" in it
    adapter._native = real
    for _ in range(3):  # later states are named, their facts say so, and match afresh
        with rules.session() as s:
            assert s.sid != "0", s.sid
            assert s.assert_facts([{"id": "a", "kind": "p", "f_x": 50}]) == [("big", ["a"])]
    print("ok")
    """
)


def test_a_state_left_behind_by_a_failed_deletion_is_never_reused():
    """The kept state's sid is the engine's default "0" (its facts carry no sid); when
    deleting it fails, it stays in the engine, and the sessions after it use named states
    rather than meeting its facts."""
    done = subprocess.run([sys.executable, "-c", LEAK], capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, (done.returncode, done.stderr[-2000:])
    assert done.stdout.strip() == "ok"


FRAMES = textwrap.dedent(
    """
    from paracheck.engine.adapter import DurableRuleset

    rules = DurableRuleset("frames-test", {
        "one": ({"$and": [{"kind": "p"}, {"$gt": {"f_x": 10}}]}, 0),
        "all": ({"$and": [{"kind": "p"}, {"$gt": {"f_x": 0}}]}, 1),
    })
    # a string that reads like a frame's opening, as a fact echoed in a match carries it
    lure = '{"m":{"id":"lure"}}'
    for _ in range(3):
        with rules.session() as s:
            # one match of a rule: its one frame's id; the text in the fact is not a frame
            one = s.assert_facts([{"id": "a1", "kind": "p", "f_x": 50, "f_t": lure},
                                  {"id": "a2", "kind": "p", "f_x": 5, "f_t": lure}])
            assert sorted((name, sorted(ids)) for name, ids in one) == [
                ("all", ["a1", "a2"]), ("one", ["a1"])], one
            # two and many frames of plain ids, read by the expression
            two = s.assert_facts([{"id": f"b{j}", "kind": "p", "f_x": 11 + j, "f_t": lure}
                                  for j in range(2)])
            assert sorted((name, sorted(ids)) for name, ids in two) == [
                ("all", ["b0", "b1"]), ("one", ["b0", "b1"])], two
    print("ok")
    """
)


def test_the_ids_of_one_frame_and_of_many_are_read_exactly():
    done = subprocess.run(
        [sys.executable, "-c", FRAMES], capture_output=True, text=True, timeout=300
    )
    assert done.returncode == 0, (done.returncode, done.stderr[-2000:])
    assert done.stdout.strip() == "ok"


SOLE = textwrap.dedent(
    """
    from paracheck.engine.adapter import DurableRuleset

    rules = DurableRuleset("sole-test", {
        "whole": ({"$and": [{"kind": "w"}, {"$gt": {"f_x": 0}}]}, 0),
        "item": ({"$and": [{"kind": "i"}, {"$gt": {"f_x": 0}}]}, 1),
    })
    # a session holds one fact of kind "w": the caller gives the ids of its rule
    sole = {"whole": ["w0"]}
    for _ in range(3):
        with rules.session() as s:
            got = dict(s.assert_facts([{"id": "w0", "kind": "w", "f_x": 1},
                                       {"id": "i0", "kind": "i", "f_x": 1},
                                       {"id": "i1", "kind": "i", "f_x": 2}], sole))
            assert got["whole"] is sole["whole"], got  # as given, not read from the match
            assert sorted(got["item"]) == ["i0", "i1"], got  # the other rules' still read
            assert s.assert_facts([{"id": "w1", "kind": "w", "f_x": 0}], sole) == []
    print("ok")
    """
)


def test_a_rule_whose_one_fact_the_caller_names_is_reported_without_reading_its_match():
    done = subprocess.run([sys.executable, "-c", SOLE], capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, (done.returncode, done.stderr[-2000:])
    assert done.stdout.strip() == "ok"
