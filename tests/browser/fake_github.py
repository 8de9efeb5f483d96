"""A local stand-in for the parts of GitHub's REST and GraphQL API that Sveltia CMS's
GitHub backend uses (src/lib/services/backends/git/github/ in its repository), backed by
a real git checkout: what the CMS saves becomes a real commit there.

Answered through Playwright request routing, so nothing leaves the machine.
"""

from __future__ import annotations

import base64
import json
import re
import subprocess
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import unquote, urlsplit

API = "https://api.github.com"


def git(repo: Path, *args: str, data: bytes | None = None) -> str:
    result = subprocess.run(["git", *args], cwd=repo, input=data, capture_output=True, check=True)
    return result.stdout.decode("utf-8", "replace").strip()


@dataclass
class FakeGitHub:
    repo: Path  # a git work tree; its branch is the CMS's branch
    owner: str = "kbz"
    name: str = "kbz-site"
    branch: str = "main"
    login: str = "redacteur"
    token: str = "ghp_test-token"
    calls: list[str] = field(default_factory=list)
    commits: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)

    # --- routing -----------------------------------------------------------------------
    def handle(self, route: object) -> None:
        try:
            self._handle(route)
        except Exception as err:  # a bug in the fake: answer 500 and remember it for the test
            self.errors.append(repr(err))
            route.fulfill(status=500, body=repr(err), headers=self._cors())  # type: ignore[attr-defined]

    def _handle(self, route: object) -> None:
        request = route.request  # type: ignore[attr-defined]
        url = urlsplit(request.url)
        self.calls.append(f"{request.method} {url.path}")
        if request.method == "OPTIONS":
            return route.fulfill(status=204, headers=self._cors())  # type: ignore[attr-defined]
        if request.headers.get("authorization", "").split()[-1:] != [self.token]:
            return self._json(route, {"message": "Bad credentials"}, 401)
        if url.path == "/graphql":
            body = json.loads(request.post_data or "{}")
            return self._json(route, {"data": self.graphql(body["query"], body.get("variables") or {})})
        status, payload = self.rest(request.method, unquote(url.path), url.query)
        if isinstance(payload, bytes):
            return route.fulfill(  # type: ignore[attr-defined]
                status=status, body=payload, headers={**self._cors(), "Content-Type": "application/octet-stream"}
            )
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
    def rest(self, method: str, path: str, query: str) -> tuple[int, object]:
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
            return 200, {"sha": self._rev(m.group(1)), "tree": self.tree(m.group(1)), "truncated": False}
        if m := re.fullmatch(rf"{base}/git/blobs/([0-9a-f]+)", path):
            return 200, git_bytes(self.repo, "cat-file", "blob", m.group(1))
        if m := re.fullmatch(rf"{base}/commits", path):
            return 200, []
        return 404, {"message": f"Not Found (fake GitHub: {method} {path})"}

    def _rev(self, ref: str) -> str:
        return git(self.repo, "rev-parse", ref)

    def tree(self, ref: str) -> list[dict]:
        out = []
        for line in git(self.repo, "ls-tree", "-r", "-l", ref).splitlines():
            meta, path = line.split("\t", 1)
            _mode, kind, sha, size = meta.split()
            out.append({"path": path, "type": kind, "sha": sha, "size": int(size) if size != "-" else 0})
        return out

    # --- GraphQL -----------------------------------------------------------------------
    def graphql(self, query: str, variables: dict) -> dict:
        if "createCommitOnBranch" in query:
            return {"createCommitOnBranch": {"commit": self.commit(query, variables["input"])}}
        repository: dict[str, object] = {}
        if "defaultBranchRef" in query:
            repository["defaultBranchRef"] = {"name": self.branch}
        head = self._rev(self.branch)
        for alias, oid in re.findall(r'(\w+):\s*object\(oid: "([0-9a-f]+)"\)', query):
            repository[alias] = {"text": git(self.repo, "cat-file", "blob", oid), "isTruncated": False}
        history = r'(\w+):\s*ref\(qualifiedName: \$branch\)\s*\{\s*target\s*\{\s*\.\.\. on Commit\s*\{\s*'
        for alias, count, path in re.findall(history + r'history\(first: (\d+), path: ("[^"]*")', query):
            repository[alias] = {"target": {"history": {"nodes": self.history(json.loads(path), int(count))}}}
        last = r"\bref\(qualifiedName: \$branch\)\s*\{\s*target\s*\{\s*\.\.\. on Commit\s*\{\s*history\(first: 1\)"
        if re.search(last, query):
            message = git(self.repo, "log", "-1", "--format=%s", self.branch)
            repository["ref"] = {"target": {"history": {"nodes": [{"oid": head, "message": message}]}}}
        return {"repository": repository}

    def history(self, path: str, count: int) -> list[dict]:
        nodes = []
        log = git(self.repo, "log", f"-{count}", "--format=%H%x09%an%x09%ae%x09%cI", self.branch, "--", path)
        for line in filter(None, log.splitlines()):
            oid, name, email, date = line.split("\t")
            user = {"id": 1, "login": self.login}
            author = {"name": name, "email": email, "avatarUrl": "", "user": user}
            nodes.append({"oid": oid, "author": author, "committedDate": date})
        return nodes

    def commit(self, query: str, data: dict) -> dict:
        if data["expectedHeadOid"] != self._rev(self.branch):
            raise RuntimeError("fake GitHub: expectedHeadOid is not the branch head")
        for change in data["fileChanges"].get("deletions") or []:
            git(self.repo, "rm", "-q", "--", change["path"])
        for change in data["fileChanges"].get("additions") or []:
            target = self.repo / change["path"]
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(base64.b64decode(change["contents"]))
            git(self.repo, "add", "--", change["path"])
        git(
            self.repo,
            "-c",
            "user.name=Redacteur Test",
            "-c",
            "user.email=redacteur@example.org",
            "commit",
            "-q",
            "-m",
            data["message"]["headline"],
        )
        oid = self._rev("HEAD")
        self.commits.append(data["message"]["headline"])
        result: dict[str, object] = {"oid": oid, "committedDate": git(self.repo, "log", "-1", "--format=%cI")}
        for alias, path in re.findall(r'(\w+): file\(path: "([^"]*)"\)', query):
            result[alias] = {"oid": git(self.repo, "rev-parse", f"HEAD:{path}")}
        return result


def git_bytes(repo: Path, *args: str) -> bytes:
    return subprocess.run(["git", *args], cwd=repo, capture_output=True, check=True).stdout
