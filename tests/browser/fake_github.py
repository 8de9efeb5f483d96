"""A local stand-in for the parts of GitHub's REST and GraphQL API that Sveltia CMS's
GitHub backend uses (read from its source: src/lib/services/backends/git/github/ and the
installed dist/sveltia-cms.js), backed by a real git repository: what the CMS saves
becomes real commits on real branches there, and publishing merges a branch into main,
as GitHub would.

Answered through Playwright request routing, so nothing leaves the machine. A request
the fake does not know is answered 404 and recorded in ``unknown``, so a test can fail
on it instead of guessing.
"""

from __future__ import annotations

import base64
import datetime as dt
import json
import os
import re
import subprocess
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import unquote, urlsplit

AUTHOR = {
    "GIT_AUTHOR_NAME": "Redacteur Test",
    "GIT_AUTHOR_EMAIL": "redacteur@example.org",
    "GIT_COMMITTER_NAME": "Redacteur Test",
    "GIT_COMMITTER_EMAIL": "redacteur@example.org",
}


def git(repo: Path, *args: str, data: bytes | None = None, env: dict[str, str] | None = None) -> str:
    return git_bytes(repo, *args, data=data, env=env).decode("utf-8", "replace").strip()


def git_bytes(repo: Path, *args: str, data: bytes | None = None, env: dict[str, str] | None = None) -> bytes:
    result = subprocess.run(
        ["git", *args],
        cwd=repo,
        input=data,
        capture_output=True,
        check=True,
        env={**os.environ, **AUTHOR, **(env or {})},
    )
    return result.stdout


@dataclass
class PullRequest:
    number: int
    title: str
    branch: str
    labels: list[str]
    created: str
    state: str = "open"


@dataclass
class FakeGitHub:
    repo: Path  # a git repository; its branch ``branch`` is the CMS's branch
    owner: str = "kbz"
    name: str = "kbz-site"
    branch: str = "main"
    login: str = "redacteur"
    token: str = "ghp_test-token"
    calls: list[str] = field(default_factory=list)
    commits: list[str] = field(default_factory=list)
    unknown: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    pulls: dict[int, PullRequest] = field(default_factory=dict)

    # --- routing -----------------------------------------------------------------------
    def handle(self, route: object) -> None:
        try:
            self._handle(route)
        except Exception as err:  # a bug in the fake: answer 500 and remember it for the test
            self.errors.append(repr(err))
            route.fulfill(status=500, body=json.dumps({"message": repr(err)}), headers=self._cors())  # type: ignore[attr-defined]

    def _handle(self, route: object) -> None:
        request = route.request  # type: ignore[attr-defined]
        url = urlsplit(request.url)
        self.calls.append(f"{request.method} {url.path}")
        if request.method == "OPTIONS":
            return route.fulfill(status=204, headers=self._cors())  # type: ignore[attr-defined]
        if request.headers.get("authorization", "").split()[-1:] != [self.token]:
            return self._json(route, {"message": "Bad credentials"}, 401)
        body = json.loads(request.post_data or "{}") if request.post_data else {}
        if url.path == "/graphql":
            data = self.graphql(body["query"], body.get("variables") or {})
            return self._json(route, {"data": data})
        status, payload = self.rest(request.method, unquote(url.path), body)
        if isinstance(payload, bytes):
            headers = {**self._cors(), "Content-Type": "application/octet-stream"}
            return route.fulfill(status=status, body=payload, headers=headers)  # type: ignore[attr-defined]
        return self._json(route, payload, status)

    @staticmethod
    def _cors() -> dict[str, str]:
        return {
            "Access-Control-Allow-Origin": "*",
            "Access-Control-Allow-Headers": "Authorization, Content-Type, Accept, X-GitHub-Api-Version",
            "Access-Control-Allow-Methods": "GET, POST, PUT, PATCH, DELETE",
            "Access-Control-Expose-Headers": "Link, X-OAuth-Scopes",
        }

    def _json(self, route: object, payload: object, status: int = 200) -> None:
        headers = {**self._cors(), "Content-Type": "application/json; charset=utf-8", "X-OAuth-Scopes": "repo"}
        body = "" if payload is None else json.dumps(payload)
        route.fulfill(status=status, body=body, headers=headers)  # type: ignore[attr-defined]

    # --- REST --------------------------------------------------------------------------
    def rest(self, method: str, path: str, body: dict) -> tuple[int, object]:
        base = f"/repos/{self.owner}/{self.name}"
        if path == "/user":
            return 200, {
                "id": 1,
                "login": self.login,
                "name": "Redacteur Test",
                "email": None,
                "avatar_url": "",
                "html_url": f"https://github.com/{self.login}",
            }
        if path == f"{base}/collaborators/{self.login}":
            return 204, None
        if path == base:
            return 200, {
                "name": self.name,
                "full_name": f"{self.owner}/{self.name}",
                "private": True,
                "default_branch": self.branch,
                "permissions": {"admin": False, "push": True, "pull": True},
            }
        if m := re.fullmatch(rf"{base}/git/trees/([^/]+)", path):
            return 200, {"sha": self.rev(m.group(1)), "tree": self.tree(m.group(1)), "truncated": False}
        if m := re.fullmatch(rf"{base}/git/blobs/([0-9a-f]+)", path):
            return 200, git_bytes(self.repo, "cat-file", "blob", m.group(1))
        if method == "POST" and path == f"{base}/pulls":
            return 201, self.open_pull(body)
        if m := re.fullmatch(rf"{base}/issues/(\d+)/labels", path):
            pull = self.pulls[int(m.group(1))]
            pull.labels = body.get("labels", []) if method == "PUT" else [*pull.labels, *body.get("labels", [])]
            return 200, [{"name": n} for n in pull.labels]
        if m := re.fullmatch(rf"{base}/issues/(\d+)/labels/(.+)", path):
            pull = self.pulls[int(m.group(1))]
            pull.labels = [n for n in pull.labels if n != m.group(2)]
            return 200, [{"name": n} for n in pull.labels]
        if m := re.fullmatch(rf"{base}/issues/(\d+)", path):
            pull = self.pulls[int(m.group(1))]
            if method == "PATCH" and "labels" in body:
                pull.labels = list(body["labels"])
            return 200, self.pull_json(pull)
        if m := re.fullmatch(rf"{base}/pulls/(\d+)/merge", path):
            return 200, self.merge(self.pulls[int(m.group(1))], body.get("commit_title") or "Merge")
        if m := re.fullmatch(rf"{base}/pulls/(\d+)/files", path):
            pull = self.pulls[int(m.group(1))]
            return 200, [{"filename": p, "status": "modified"} for p in self.changed(pull.branch)]
        if m := re.fullmatch(rf"{base}/pulls/(\d+)", path):
            pull = self.pulls[int(m.group(1))]
            if method == "PATCH" and "state" in body:
                pull.state = body["state"]
            return 200, self.pull_json(pull)
        if m := re.fullmatch(rf"{base}/git/refs/heads/(.+)", path):
            ref = f"refs/heads/{m.group(1)}"
            if method == "DELETE":
                git(self.repo, "update-ref", "-d", ref)
                return 204, None
            if method == "PATCH":
                git(self.repo, "update-ref", ref, body["sha"])
            return 200, {"ref": ref, "object": {"sha": self.rev(ref)}}
        self.unknown.append(f"{method} {path}")
        return 404, {"message": f"Not Found (fake GitHub: {method} {path})"}

    def rev(self, ref: str) -> str:
        return git(self.repo, "rev-parse", ref)

    def tree(self, ref: str) -> list[dict]:
        out = []
        for line in git(self.repo, "ls-tree", "-r", "-l", ref).splitlines():
            meta, path = line.split("\t", 1)
            _mode, kind, sha, size = meta.split()
            out.append({"path": path, "type": kind, "sha": sha, "size": int(size) if size != "-" else 0})
        return out

    def changed(self, branch: str) -> list[str]:
        return git(self.repo, "diff", "--name-only", f"{self.branch}...{branch}").splitlines()

    # --- pull requests (the editorial workflow) -----------------------------------------
    def open_pull(self, body: dict) -> dict:
        number = len(self.pulls) + 1
        now = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
        self.pulls[number] = PullRequest(number, body.get("title", ""), body["head"].split(":")[-1], [], now)
        return self.pull_json(self.pulls[number])

    def pull_json(self, pull: PullRequest) -> dict:
        head = self.rev(pull.branch) if self._exists(pull.branch) else ""
        return {
            "number": pull.number,
            "node_id": f"PR_{pull.number}",
            "title": pull.title,
            "state": pull.state,
            "html_url": f"https://github.com/{self.owner}/{self.name}/pull/{pull.number}",
            "head": {"ref": pull.branch, "sha": head},
            "created_at": pull.created,
            "updated_at": pull.created,
            "merged": pull.state == "merged",
            "draft": False,
            "labels": [{"name": n} for n in pull.labels],
        }

    def _exists(self, branch: str) -> bool:
        return (
            subprocess.run(
                ["git", "rev-parse", "--verify", "-q", f"refs/heads/{branch}"], cwd=self.repo, capture_output=True
            ).returncode
            == 0
        )

    def merge(self, pull: PullRequest, title: str) -> dict:
        """GitHub's merge button: a merge commit of the branch into the main branch."""
        tree = git(self.repo, "merge-tree", "--write-tree", self.branch, pull.branch).splitlines()[0]
        commit = git(
            self.repo, "commit-tree", tree, "-p", self.rev(self.branch), "-p", self.rev(pull.branch), "-m", title
        )
        git(self.repo, "update-ref", f"refs/heads/{self.branch}", commit)
        pull.state = "merged"
        return {"sha": commit, "merged": True, "message": "Pull Request successfully merged"}

    # --- GraphQL -----------------------------------------------------------------------
    def graphql(self, query: str, variables: dict) -> dict:
        if "createCommitOnBranch" in query:
            return {"createCommitOnBranch": {"commit": self.commit(query, variables["input"])}}
        if "createRef" in query:
            data = variables["input"]
            git(self.repo, "update-ref", data["name"], data["oid"])
            return {"createRef": {"ref": {"name": data["name"]}}}
        if "markPullRequestReadyForReview" in query or "convertPullRequestToDraft" in query:
            return {
                name: {"pullRequest": {"isDraft": name == "convertPullRequestToDraft"}}
                for name in ("markPullRequestReadyForReview", "convertPullRequestToDraft")
                if name in query
            }
        branch = variables.get("branch", self.branch)
        out: dict[str, object] = {}
        if "fork: repository" in query:
            return {"fork": {"id": "R_1"}, "base": {"ref": {"target": {"oid": self.rev(branch)}}}}
        repository: dict[str, object] = {}
        if "defaultBranchRef" in query:
            repository["defaultBranchRef"] = {"name": self.branch}
        for alias, oid in re.findall(r'(\w+):\s*object\(oid: "([0-9a-f]+)"\)', query):
            if git(self.repo, "cat-file", "-t", oid) == "commit":  # deploy statuses: none here
                repository[alias] = {"status": None, "deployments": {"nodes": []}, "checkSuites": {"nodes": []}}
            else:
                repository[alias] = {"text": git(self.repo, "cat-file", "blob", oid), "isTruncated": False}
        for alias, expression in re.findall(r'(\w+):\s*object\(expression: ("[^"]*")\)', query):
            repository[alias] = self.blob_at(json.loads(expression))
        history = r"(\w+):\s*ref\(qualifiedName: \$branch\)\s*\{\s*target\s*\{\s*\.\.\. on Commit\s*\{\s*"
        for alias, count, path in re.findall(history + r'history\(first: (\d+), path: ("[^"]*")', query):
            nodes = self.history(branch, json.loads(path), int(count))
            repository[alias] = {"target": {"history": {"nodes": nodes}}}
        last = r"\bref\(qualifiedName: \$branch\)\s*\{\s*target\s*\{\s*\.\.\. on Commit\s*\{\s*history\(first: 1\)"
        if re.search(last, query) and self._exists(branch):
            message = git(self.repo, "log", "-1", "--format=%s", branch)
            repository["ref"] = {"target": {"history": {"nodes": [{"oid": self.rev(branch), "message": message}]}}}
        elif re.search(last, query):
            repository["ref"] = None
        if re.search(r"pullRequests\(\s*headRefName: \$branch", query):
            count = sum(1 for p in self.pulls.values() if p.branch == branch and p.state == "open")
            repository["pullRequests"] = {"totalCount": count}
        elif "pullRequests(" in query:
            repository["pullRequests"] = {
                "nodes": [self.pull_node(p) for p in self.pulls.values() if p.state == "open"]
            }
        out["repository"] = repository
        return out

    def blob_at(self, expression: str) -> dict | None:
        """``branch:path`` as GitHub's ``object(expression:)``, or None where it does not exist."""
        found = subprocess.run(["git", "rev-parse", "--verify", "-q", expression], cwd=self.repo, capture_output=True)
        if found.returncode:
            return None
        oid = found.stdout.decode().strip()
        data = git_bytes(self.repo, "cat-file", "blob", oid)
        return {
            "oid": oid,
            "byteSize": len(data),
            "isBinary": b"\0" in data,
            "isTruncated": False,
            "text": data.decode("utf-8", "replace"),
        }

    def pull_node(self, pull: PullRequest) -> dict:
        files = [{"path": p, "changeType": "MODIFIED"} for p in self.changed(pull.branch)]
        return {
            "id": f"PR_{pull.number}",
            "number": pull.number,
            "title": pull.title,
            "url": f"https://github.com/{self.owner}/{self.name}/pull/{pull.number}",
            "isDraft": False,
            "isCrossRepository": False,
            "createdAt": pull.created,
            "updatedAt": pull.created,
            "headRefName": pull.branch,
            "headRefOid": self.rev(pull.branch),
            "author": {"login": self.login, "avatarUrl": "", "name": "Redacteur Test", "email": "", "databaseId": 1},
            "labels": {"nodes": [{"name": n} for n in pull.labels]},
            "files": {"nodes": files},
        }

    def history(self, branch: str, path: str, count: int) -> list[dict]:
        nodes = []
        log = git(self.repo, "log", f"-{count}", "--format=%H%x09%an%x09%ae%x09%cI", branch, "--", path)
        for line in filter(None, log.splitlines()):
            oid, name, email, date = line.split("\t")
            author = {"name": name, "email": email, "avatarUrl": "", "user": {"id": 1, "login": self.login}}
            nodes.append({"oid": oid, "author": author, "committedDate": date})
        return nodes

    def commit(self, query: str, data: dict) -> dict:
        """createCommitOnBranch on any branch, with git plumbing (no work tree needed)."""
        branch = data["branch"]["branchName"]
        head = self.rev(f"refs/heads/{branch}")
        if data["expectedHeadOid"] != head:
            raise RuntimeError(f"expectedHeadOid {data['expectedHeadOid']} is not the head of {branch}")
        with tempfile.TemporaryDirectory() as tmp:
            env = {"GIT_INDEX_FILE": str(Path(tmp) / "index")}
            git(self.repo, "read-tree", head, env=env)
            for change in data["fileChanges"].get("deletions") or []:
                git(self.repo, "update-index", "--force-remove", change["path"], env=env)
            for change in data["fileChanges"].get("additions") or []:
                blob = git(self.repo, "hash-object", "-w", "--stdin", data=base64.b64decode(change["contents"]))
                git(self.repo, "update-index", "--add", "--cacheinfo", f"100644,{blob},{change['path']}", env=env)
            tree = git(self.repo, "write-tree", env=env)
        oid = git(self.repo, "commit-tree", tree, "-p", head, "-m", data["message"]["headline"])
        git(self.repo, "update-ref", f"refs/heads/{branch}", oid)
        self.commits.append(data["message"]["headline"])
        result: dict[str, object] = {"oid": oid, "committedDate": git(self.repo, "log", "-1", "--format=%cI", oid)}
        for alias, path in re.findall(r'(\w+): file\(path: "([^"]*)"\)', query):
            result[alias] = {"oid": git(self.repo, "rev-parse", f"{oid}:{path}")}
        return result
