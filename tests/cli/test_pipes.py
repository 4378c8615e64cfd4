"""Output piped into a reader that stops early («| head») ends quietly, as other command-line tools do."""
import json
import subprocess
import sys

from click.testing import CliRunner

from desktop import paths
from desktop.cli import cli


def test_a_pipe_closed_early_is_not_reported_as_an_error(tmp_path):
    db, data = tmp_path / "s.db", tmp_path / "actors.jsonl"
    data.write_text("\n".join(json.dumps({"kind": "actor", "id": f"actor:a{i}", "name": f"فاعل رقم {i}"},
                                         ensure_ascii=False) for i in range(3000)) + "\n", encoding="utf-8")
    for args in (["init"], ["import", str(data)]):
        result = CliRunner().invoke(cli, ["--db", str(db), *args])
        assert result.exit_code == 0, result.output
    # Far more than a pipe's buffer holds, so the writes after the reader has gone fail.
    proc = subprocess.Popen([sys.executable, "-m", "desktop", "--db", str(db), "search", "فاعل", "--limit", "3000"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=paths.install_root())
    assert proc.stdout.readline().startswith(b"actor:")
    proc.stdout.close()
    err = proc.stderr.read().decode("utf-8", "replace")
    proc.wait(timeout=60)
    assert "Broken pipe" not in err and "Traceback" not in err, err
