#!/bin/bash
# A single-node Slurm cluster on this machine, for the test that runs atlas.sbatch for real
# (test/cli/slurm.test.ts) and for trying the job files by hand. Needs root and Debian's slurmctld,
# slurmd, slurm-client and munge packages (.ci/run installs them).
#   jobs/slurm/local-cluster.sh start DIR   # writes DIR/slurm.conf, starts munged, slurmctld, slurmd
#   SLURM_CONF=DIR/slurm.conf sbatch --wait --array=0-2 jobs/slurm/atlas.sbatch …
#   jobs/slurm/local-cluster.sh stop DIR
set -euo pipefail
cmd="${1:?start|stop}"
dir="$(mkdir -p "${2:?DIR}" && cd "$2" && pwd)"
if [ "$cmd" = stop ]; then
  for d in slurmd slurmctld; do
    [ -f "$dir/$d.pid" ] && kill "$(cat "$dir/$d.pid")" 2>/dev/null || true
  done
  exit 0
fi
host="$(hostname -s)"
# Addresses are given, never looked up: a CI machine's own name is often not in /etc/hosts or DNS,
# and then slurmd cannot find the controller and the node never comes up.
# Ports from the environment or fixed ones far from common services.
ctld_port="${SLURMCTLD_PORT:-16817}"
d_port="${SLURMD_PORT:-16818}"
mkdir -p "$dir/state" "$dir/spool"
cat > "$dir/slurm.conf" <<CONF
ClusterName=sneeuwbal
SlurmctldHost=$host(127.0.0.1)
SlurmUser=root
SlurmdUser=root
AuthType=auth/munge
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
SelectType=select/cons_tres
SelectTypeParameters=CR_CPU
ReturnToService=2
MpiDefault=none
JobCompType=jobcomp/none
AccountingStorageType=accounting_storage/none
StateSaveLocation=$dir/state
SlurmdSpoolDir=$dir/spool
SlurmctldPidFile=$dir/slurmctld.pid
SlurmdPidFile=$dir/slurmd.pid
SlurmctldLogFile=$dir/slurmctld.log
SlurmdLogFile=$dir/slurmd.log
SlurmctldPort=$ctld_port
SlurmdPort=$d_port
NodeName=$host NodeAddr=127.0.0.1 NodeHostname=$host CPUs=$(nproc) RealMemory=$(awk '/MemTotal/ {print int($2 / 1024)}' /proc/meminfo) State=UNKNOWN
PartitionName=atlas Nodes=ALL Default=YES MaxTime=INFINITE State=UP
CONF
# munge: one key per machine (the Debian package makes it); its socket folder may be missing, and a
# socket left by a munged that has ended must not count as a running one, so ask it for a credential.
if ! munge -n </dev/null 2>/dev/null | unmunge >/dev/null 2>&1; then
  mkdir -p /run/munge /var/log/munge /var/lib/munge
  chown munge:munge /run/munge /var/log/munge /var/lib/munge 2>/dev/null || true
  [ -f /etc/munge/munge.key ] || { dd if=/dev/urandom of=/etc/munge/munge.key bs=1024 count=1 2>/dev/null; chown munge:munge /etc/munge/munge.key; chmod 400 /etc/munge/munge.key; }
  runuser -u munge -- /usr/sbin/munged --force || /usr/sbin/munged --force
fi
export SLURM_CONF="$dir/slurm.conf"
slurmctld -f "$SLURM_CONF"
slurmd -f "$SLURM_CONF"
for _ in $(seq 1 60); do
  # sinfo retries for a long time when the controller does not answer: bound each look.
  if timeout 5 sinfo -h -o '%t' 2>/dev/null | grep -qE '^(idle|mix|alloc)'; then
    echo "slurm: one-node cluster up ($SLURM_CONF)"
    exit 0
  fi
  sleep 0.5
done
echo "slurm: the node did not come up; the last lines of its logs:" >&2
tail -n 15 "$dir/slurmctld.log" "$dir/slurmd.log" >&2 || true
exit 1
