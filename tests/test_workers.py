"""Process workers that never hang: each case runs a script in a subprocess with
a hard time limit, as a user would run it."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

import quotekit

ROOT = Path(__file__).resolve().parent.parent
LIMIT = 50  # seconds: every case must end well within this

pytestmark = pytest.mark.model


def _run(script: str, tmp_path: Path, *, stdin: bool = False) -> subprocess.CompletedProcess[str]:
    path = tmp_path / "job.py"
    path.write_text(textwrap.dedent(script), encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    if stdin:
        with path.open(encoding="utf-8") as fh:
            return subprocess.run(
                [sys.executable, "-"],
                check=False,
                stdin=fh,
                capture_output=True,
                text=True,
                timeout=LIMIT,
                env=env,
                cwd=tmp_path,
            )
    return subprocess.run(
        [sys.executable, str(path)],
        check=False,
        capture_output=True,
        text=True,
        timeout=LIMIT,
        env=env,
        cwd=tmp_path,
    )


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    # a zombie is dead too
    try:
        return Path(f"/proc/{pid}/status").read_text().split("State:")[1].split()[0] != "Z"
    except (OSError, IndexError):
        return False


def test_a_script_without_the_main_guard_fails_fast_with_the_fix(tmp_path: Path) -> None:
    t = time.monotonic()
    res = _run(
        """
        import quotekit
        print(len(list(quotekit.parse_articles(["“We are ready,” Smith said."] * 4, n_process=2))))
        """,
        tmp_path,
    )
    assert time.monotonic() - t < LIMIT
    assert res.returncode != 0
    assert "WorkerError" in res.stderr
    assert 'if __name__ == "__main__":' in res.stderr
    assert "n_process=1" in res.stderr


def test_a_script_on_stdin_works(tmp_path: Path) -> None:
    res = _run(
        """
        import quotekit
        out = list(quotekit.parse_articles(["“We are ready,” Smith said."] * 4, n_process=2, batch_size=1))
        print(len(out), out[0].quotes[0].speaker.name)
        """,
        tmp_path,
        stdin=True,
    )
    assert res.returncode == 0, res.stderr[-2000:]
    assert res.stdout.split() == ["4", "Smith"]


def test_a_dash_c_script_works() -> None:
    code = (
        "import quotekit\n"
        "out = list(quotekit.parse_articles(['“We are ready,” Smith said.'] * 4, n_process=2, batch_size=1))\n"
        "print(len(out), out[0].quotes[0].speaker.name)\n"
    )
    res = subprocess.run(
        [sys.executable, "-c", code],
        check=False,
        capture_output=True,
        text=True,
        timeout=LIMIT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    assert res.returncode == 0, res.stderr[-2000:]
    assert res.stdout.split() == ["4", "Smith"]


def test_a_killed_worker_loses_only_its_batch_and_is_replaced(tmp_path: Path) -> None:
    res = _run(
        """
        import json, multiprocessing, os, signal
        import quotekit

        if __name__ == "__main__":
            texts = [f"“We are ready {i},” Smith said." for i in range(24)]
            out = []
            for k, r in enumerate(quotekit.parse_articles(texts, n_process=2, batch_size=2, on_error="record")):
                out.append(r)
                if k == 0:
                    victim = multiprocessing.active_children()[0]
                    os.kill(victim.pid, signal.SIGKILL)
            print(json.dumps([
                [r.index, r.error, r.message] if isinstance(r, quotekit.ErrorRecord)
                else [None, None, r.quotes[0].content.text] for r in out
            ]))
        """,
        tmp_path,
    )
    assert res.returncode == 0, res.stderr[-2000:]
    rows = json.loads(res.stdout)
    assert len(rows) == 24  # results + records == inputs
    died = [r for r in rows if r[1] == "worker_died"]
    assert 1 <= len(died) <= 2 * 2  # the batch(es) the killed worker held
    assert all("SIGKILL" in r[2] for r in died)
    # order kept: each result sits at its input's place
    for i, (index, _error, content) in enumerate(rows):
        assert index == i if index is not None else content == f"We are ready {i},"


def test_a_slow_article_times_out_and_the_others_come_back(tmp_path: Path) -> None:
    t = time.monotonic()
    res = _run(
        """
        import json, time
        import attrs
        import quotekit

        @attrs.define
        class Sleepy:
            name: str = "sleepy"
            requires: frozenset = frozenset()
            def __call__(self, doc, quotes):
                if "SLOW" in doc.text:
                    time.sleep(120)
                return quotes

        if __name__ == "__main__":
            pipe = quotekit.Pipeline(["candidates", "attribution", "speakers", "conditions", Sleepy()])
            texts = ["“One,” Smith said.", "“SLOW,” Smith said.", "“Three,” Smith said.", "“Four,” Smith said."]
            out = list(quotekit.parse_articles(texts, n_process=2, batch_size=2, timeout=4,
                                               pipeline=pipe, on_error="record"))
            print(json.dumps([r.error if isinstance(r, quotekit.ErrorRecord) else "ok" for r in out]))
        """,
        tmp_path,
    )
    assert res.returncode == 0, res.stderr[-2000:]
    assert json.loads(res.stdout) == ["ok", "timeout", "ok", "ok"]
    assert time.monotonic() - t < LIMIT


def test_ctrl_c_stops_the_workers_and_leaves_no_child(tmp_path: Path) -> None:
    path = tmp_path / "job.py"
    path.write_text(
        textwrap.dedent(
            """
            import multiprocessing, sys
            import quotekit

            if __name__ == "__main__":
                texts = ["“We are ready,” Smith said. " * 40] * 400
                for k, r in enumerate(quotekit.parse_articles(texts, n_process=2, batch_size=1)):
                    if k == 0:
                        print(" ".join(str(p.pid) for p in multiprocessing.active_children()), flush=True)
            """
        ),
        encoding="utf-8",
    )
    proc = subprocess.Popen(
        [sys.executable, str(path)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        cwd=tmp_path,
    )
    assert proc.stdout is not None
    pids = [int(p) for p in proc.stdout.readline().split()]
    assert len(pids) == 2
    proc.send_signal(signal.SIGINT)
    _out, err = proc.communicate(timeout=LIMIT)
    assert proc.returncode != 0
    assert "KeyboardInterrupt" in err
    assert "leaked semaphore" not in err
    deadline = time.monotonic() + 10
    while any(_alive(p) for p in pids) and time.monotonic() < deadline:
        time.sleep(0.2)
    assert not any(_alive(p) for p in pids)


def test_timeout_needs_process_mode() -> None:
    with pytest.raises(quotekit.PipelineConfigError, match="n_process"):
        quotekit.parse_articles(["x"], timeout=5)


def test_a_worker_that_cannot_load_the_pipeline_is_a_clear_error(tmp_path: Path) -> None:
    import shutil

    from quotekit._stanza import bundled_model_dir

    model = tmp_path / "model"
    shutil.copytree(bundled_model_dir(), model)
    pipe = quotekit.Pipeline(model=str(model))  # the files are there when the pipeline is made
    shutil.rmtree(model)  # ... and gone when the workers load it
    t = time.monotonic()
    with pytest.raises(quotekit.errors.WorkerError, match=r"could not load the pipeline.*ModelNotFoundError"):
        list(quotekit.parse_articles(["“We are ready,” Smith said."] * 2, n_process=2, pipeline=pipe))
    assert time.monotonic() - t < LIMIT
