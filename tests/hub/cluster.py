"""A throwaway PostgreSQL cluster for the hub's tests and bench: initdb in a temporary folder, started on a
free port of 127.0.0.1 and a unix socket in that folder, stopped and removed after.

PostgreSQL refuses to run as root: when this process is root the server's programs run as the `postgres`
user (runuser), in a folder it owns. The cluster's superuser is `postgres`, reached through the socket
without a password (trust); over TCP every role logs in with its password (scram-sha-256), as a team's
laptops would.
"""
from __future__ import annotations

import glob
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
from pathlib import Path

SUPERUSER = "postgres"


def server_bin() -> Path | None:
    """The folder of initdb and pg_ctl: $MARSAD_PG_BIN, else the newest /usr/lib/postgresql/N/bin, else PATH."""
    candidates = [os.environ.get("MARSAD_PG_BIN", "")]
    candidates += sorted(glob.glob("/usr/lib/postgresql/*/bin"), key=lambda p: int(Path(p).parent.name), reverse=True)
    found = shutil.which("pg_ctl")
    candidates.append(str(Path(found).parent) if found else "")
    for folder in filter(None, candidates):
        if (Path(folder) / "initdb").exists() and (Path(folder) / "pg_ctl").exists():
            return Path(folder)
    return None


def why_not() -> str | None:
    """Why no cluster can be started here (None: it can)."""
    if server_bin() is None:
        return ("no PostgreSQL server programs (initdb, pg_ctl): install the distribution's `postgresql` "
                "package (.ci/run does), or set MARSAD_PG_BIN")
    if os.geteuid() == 0:
        try:
            pwd.getpwnam("postgres")
        except KeyError:
            return "running as root and there is no `postgres` user to run the server as"
        if shutil.which("runuser") is None:
            return "running as root and there is no `runuser` to run the server as `postgres`"
    return None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Cluster:
    def __init__(self, *, fast: bool = True):
        self.bin = server_bin()
        self.root = Path(tempfile.mkdtemp(prefix="marsad-pg-"))
        self.data = self.root / "data"
        self.log = self.root / "server.log"
        self.port = _free_port()
        self.fast = fast            # no fsync: a test cluster need not survive a power cut
        self.as_root = os.geteuid() == 0
        self.ca: Path | None = None     # the certificate authority of the server's TLS certificate
        if self.as_root:
            user = pwd.getpwnam("postgres")
            os.chown(self.root, user.pw_uid, user.pw_gid)
        os.chmod(self.root, 0o755)

    def _run(self, *args: str) -> subprocess.CompletedProcess:
        command = [str(self.bin / args[0]), *args[1:]]
        if self.as_root:
            command = ["runuser", "-u", "postgres", "--", *command]
        return subprocess.run(command, capture_output=True, text=True, check=True, cwd=self.root)

    def start(self) -> "Cluster":
        if not self.data.exists():
            self._run("initdb", "-D", str(self.data), "-U", SUPERUSER, "-E", "UTF8", "--locale=C",
                      "--auth-local=trust", "--auth-host=scram-sha-256")
            self._certificates()
        options = f"-p {self.port} -k {self.root} -c listen_addresses=127.0.0.1"
        if self.ca is not None:
            options += " -c ssl=on -c ssl_cert_file=server.crt -c ssl_key_file=server.key"
        if self.fast:
            options += " -c fsync=off -c synchronous_commit=off -c full_page_writes=off"
        try:
            self._run("pg_ctl", "-D", str(self.data), "-o", options, "-l", str(self.log), "-w", "-t", "60", "start")
        except subprocess.CalledProcessError as exc:
            log = self.log.read_text(errors="replace") if self.log.exists() else ""
            raise RuntimeError(f"PostgreSQL did not start: {exc.stderr}\n{log}") from None
        return self

    def _certificates(self) -> None:
        """A certificate authority of its own and a server certificate for localhost and 127.0.0.1, so that
        TLS can be tested with sslmode=verify-full (no TLS when there is no openssl)."""
        self.ca = None
        if shutil.which("openssl") is None:
            return
        tls = self.root / "tls"
        tls.mkdir()

        def openssl(*args: str) -> None:
            subprocess.run(["openssl", *args], capture_output=True, check=True, cwd=tls)
        openssl("req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2", "-subj", "/CN=Marsad test CA",
                "-keyout", "ca.key", "-out", "ca.crt")
        openssl("req", "-newkey", "rsa:2048", "-nodes", "-subj", "/CN=localhost", "-keyout", "server.key",
                "-out", "server.csr")
        (tls / "san.ext").write_text("subjectAltName=DNS:localhost,IP:127.0.0.1\n")
        openssl("x509", "-req", "-in", "server.csr", "-CA", "ca.crt", "-CAkey", "ca.key", "-CAcreateserial",
                "-days", "2", "-extfile", "san.ext", "-out", "server.crt")
        for name in ("server.crt", "server.key"):
            target = self.data / name
            shutil.copy(tls / name, target)
            target.chmod(0o600)
            if self.as_root:
                user = pwd.getpwnam("postgres")
                os.chown(target, user.pw_uid, user.pw_gid)
        self.ca = tls / "ca.crt"

    def stop(self, mode: str = "fast") -> None:
        self._run("pg_ctl", "-D", str(self.data), "-m", mode, "-w", "stop")

    def restart(self) -> None:
        """As an administrator restarts it: open connections are cut, committed work is kept."""
        self.stop("fast")
        self.start()

    def remove(self) -> None:
        try:
            self.stop("immediate")
        except subprocess.CalledProcessError:
            pass
        shutil.rmtree(self.root, ignore_errors=True)

    # --- connecting -----------------------------------------------------------------------------

    def admin_url(self, dbname: str = "postgres") -> str:
        """The superuser through the socket: no password."""
        return f"host={self.root} port={self.port} dbname={dbname} user={SUPERUSER}"

    def url(self, dbname: str, user: str) -> str:
        """A role over TCP, as a laptop connects; its password comes from a passfile or the URL."""
        return f"host=127.0.0.1 port={self.port} dbname={dbname} user={user}"

    def admin(self, statement: str, dbname: str = "postgres") -> None:
        import psycopg
        with psycopg.connect(self.admin_url(dbname), autocommit=True) as conn:
            conn.execute(statement)
