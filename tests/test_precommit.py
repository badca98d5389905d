"""The pre-commit hook: its definition, this repository's config, and a real run of both."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "samples" / "bao-cao-mau.md"
FAULTY = """BÁO CÁO
Kết quả công tác tháng 10/2020

I. KẾT QUẢ

- Ban hành các các văn bản chỉ đạo, điều hành về lĩnh vực bưu chính trên địa bàn tỉnh.

III. PHƯƠNG HƯỚNG

- Tiếp tục theo dõi, giám sát các công việc thường xuyên.
"""

pre_commit = pytest.importorskip("pre_commit")
needs_git = pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")


def hooks_file() -> list[dict]:
    return yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))


def test_hook_definition():
    (hook,) = hooks_file()
    assert hook["id"] == "reportlint"
    assert hook["entry"] == "reportlint check"
    assert hook["language"] == "python"
    assert hook["name"]
    files = re.compile(hook["files"])
    for name in ("bao-cao.txt", "reports/2020/thang-10.md", "Báo cáo quý 3.docx", "x.markdown"):
        assert files.search(name), name
    for name in ("notes.docx.bak", "setup.py", "rules/typo.yaml", "bao-cao.pdf"):
        assert not files.search(name), name
    # .docx has no identify type: a `types`/`types_or` filter other than "file" would drop it
    assert set(hook.get("types", ["file"])) == {"file"} and not hook.get("types_or")


def test_definitions_are_valid_for_pre_commit():
    from pre_commit.clientlib import load_config, load_manifest

    (hook,) = load_manifest(str(ROOT / ".pre-commit-hooks.yaml"))
    assert hook["id"] == "reportlint"
    config = load_config(str(ROOT / ".pre-commit-config.yaml"))
    (local,) = [h for r in config["repos"] for h in r["hooks"] if h["id"] == "reportlint"]
    assert re.search(local["files"], "samples/bao-cao-mau.md")
    assert re.search(local["exclude"], "samples/bao-cao-co-loi.md")  # defects on purpose


def git_repo(path: Path, files: dict[str, str]) -> Path:
    path.mkdir(parents=True, exist_ok=True)
    subprocess.run(["git", "init", "-q", str(path)], check=True)
    for name, text in files.items():
        (path / name).parent.mkdir(parents=True, exist_ok=True)
        (path / name).write_text(text, encoding="utf-8")
    subprocess.run(["git", "add", "."], cwd=path, check=True)
    return path


def pre_commit_env(home: Path) -> dict[str, str]:
    env = {**os.environ, "PRE_COMMIT_HOME": str(home), "NO_COLOR": "1", "PRE_COMMIT_COLOR": "never"}
    # `language: system` finds reportlint on PATH: the one installed next to this Python
    env["PATH"] = str(Path(sys.executable).parent) + os.pathsep + env.get("PATH", "")
    env.pop("REPORTLINT_DEBUG", None)
    return env


@needs_git
def test_repository_config_checks_samples(tmp_path):
    """This repo's .pre-commit-config.yaml: a correct sample passes, a faulty one fails."""
    repo = git_repo(tmp_path / "repo", {
        ".pre-commit-config.yaml": (ROOT / ".pre-commit-config.yaml").read_text(encoding="utf-8"),
        "samples/bao-cao-mau.md": SAMPLE.read_text(encoding="utf-8"),
        "samples/bao-cao-co-loi.md": FAULTY,  # excluded by the config: defects on purpose
    })
    env = pre_commit_env(tmp_path / "home")
    cmd = [sys.executable, "-m", "pre_commit", "run", "--all-files"]
    ok = subprocess.run(cmd, cwd=repo, env=env, capture_output=True, text=True, timeout=120)
    assert ok.returncode == 0, ok.stdout + ok.stderr
    assert re.search(r"reportlint \(sample reports\)\.+Passed", ok.stdout), ok.stdout

    (repo / "samples" / "bao-cao-thang-10.md").write_text(FAULTY, encoding="utf-8")
    subprocess.run(["git", "add", "."], cwd=repo, check=True)
    bad = subprocess.run(cmd, cwd=repo, env=env, capture_output=True, text=True, timeout=120)
    assert bad.returncode == 1, bad.stdout + bad.stderr
    assert "samples/bao-cao-thang-10.md" in bad.stdout
    assert "structure.numbering-gap" in bad.stdout and "duplicate.word" in bad.stdout
    assert "bao-cao-co-loi.md" not in bad.stdout


def readme_recipe(first_line: str) -> str:
    """The YAML block of the README's pre-commit section that starts with `first_line`."""
    section = (ROOT / "README.md").read_text(encoding="utf-8").split("## pre-commit", 1)[1].split("\n## ", 1)[0]
    blocks = re.findall(r"```yaml\n(.*?)```", section, re.S)
    return next(b for b in blocks if b.startswith(first_line))


@needs_git
def test_readme_recipe_works_as_written(tmp_path):
    """The README's config for a repository of reports, copied as it is: the faulty draft
    fails the commit check, the correct one passes, other files are left alone."""
    recipe = readme_recipe("# .pre-commit-config.yaml of a repository of draft reports")
    repo = git_repo(tmp_path / "bao-cao", {".pre-commit-config.yaml": recipe,
                                           "2024/thang-10.md": SAMPLE.read_text(encoding="utf-8"),
                                           "ghi-chu.py": "print('not a report')\n"})
    env = pre_commit_env(tmp_path / "home")
    cmd = [sys.executable, "-m", "pre_commit", "run", "--all-files"]
    ok = subprocess.run(cmd, cwd=repo, env=env, capture_output=True, text=True, timeout=120)
    assert ok.returncode == 0 and re.search(r"reportlint\.+Passed", ok.stdout), ok.stdout + ok.stderr
    (repo / "2024" / "thang-11.md").write_text(FAULTY, encoding="utf-8")
    subprocess.run(["git", "add", "."], cwd=repo, check=True)
    bad = subprocess.run(cmd, cwd=repo, env=env, capture_output=True, text=True, timeout=120)
    assert bad.returncode == 1 and "2024/thang-11.md" in bad.stdout, bad.stdout + bad.stderr
    assert "ghi-chu.py" not in bad.stdout


@needs_git
@pytest.mark.skipif(not (ROOT / ".git").exists(), reason="not a git checkout: try-repo needs one")
def test_published_hook_with_try_repo(tmp_path):
    """Another repository using the hook from a clone of this one, as the README says:
    pre-commit pip-installs the clone's committed code into a fresh environment (needs the
    package index for the dependencies; ~7 s with a warm pip cache)."""
    clone = tmp_path / "reportlint-clone"
    subprocess.run(["git", "clone", "-q", str(ROOT), str(clone)], check=True)
    repo = git_repo(tmp_path / "user", {"good.md": SAMPLE.read_text(encoding="utf-8"), "bad.md": FAULTY,
                                        "notes.py": "print('not a report')\n"})
    r = subprocess.run([sys.executable, "-m", "pre_commit", "try-repo", str(clone), "reportlint", "--all-files"],
                       cwd=repo, env=pre_commit_env(tmp_path / "home"), capture_output=True, text=True, timeout=600)
    out = r.stdout + r.stderr
    assert r.returncode == 1, out
    assert re.search(r"reportlint\.+Failed", out) and "exit code: 1" in out, out
    assert "bad.md" in out and re.search(r"\b8:1\s+error\s+structure\.numbering-gap", out), out
    assert "good.md" not in out and "notes.py" not in out, out  # the correct report says nothing
