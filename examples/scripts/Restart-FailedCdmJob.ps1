<#
.SYNOPSIS
Restarts every CDM job of a cluster whose last run failed, waits for the new runs and reports each.

.DESCRIPTION
An ops script of the kind docs/TESTING.md tests: it reads the cluster's jobs, restarts those whose
last run FAILED, waits for each new run, and writes one result per restarted job:
Succeeded, FailedAgain (with the service's error summary), StillRunning (the wait ran out; the run
goes on) or NotStarted (the start was refused). -WhatIf reads the jobs and restarts nothing.
Exits 0 when every restarted job succeeded (or none needed it), 1 otherwise, so a scheduler or a
parent script running it with pwsh -File can tell.

.EXAMPLE
./Restart-FailedCdmJob.ps1 -ClusterId 6ec9a0a4-76be-4262-8697-e7af1fac7920 -WaitTimeoutSec 7200
#>
[CmdletBinding(SupportsShouldProcess)]
param(
    [Parameter(Mandatory)]
    [ValidateNotNullOrEmpty()]
    [string] $ClusterId,

    # How long to wait for each new run, in seconds.
    [ValidateRange(1, 604800)]
    [double] $WaitTimeoutSec = 3600,

    # How often to ask for a run's state while waiting, in seconds.
    [ValidateRange(0.1, 3600)]
    [double] $PollIntervalSec = 30
)

# Reading the jobs must work: without them there is nothing to decide.
$failed = @(Get-CdmJob -ClusterId $ClusterId -ErrorAction Stop | Where-Object Status -EQ Failed)
Write-Verbose "$($failed.Count) job(s) on cluster $ClusterId failed their last run."

$unsuccessful = 0
foreach ($job in $failed) {
    if (-not $PSCmdlet.ShouldProcess("CDM job '$($job.JobName)' on cluster $ClusterId", 'Restart')) { continue }

    $problems = $null
    $run = $job | Start-CdmJob -Wait -WaitTimeoutSec $WaitTimeoutSec -PollIntervalSec $PollIntervalSec `
        -ErrorAction SilentlyContinue -ErrorVariable problems | Select-Object -Last 1

    # Start-CdmJob -Wait names the outcome in its error id ('CdmJobFailed,HwTasks.Commands...',
    # without the command name): the run failed, or the wait ran out.
    $result = if (-not $problems) { 'Succeeded' } else {
        switch ($problems[0].FullyQualifiedErrorId -replace ',.*$') {
            'CdmJobFailed' { 'FailedAgain' }
            'WaitTimeout' { 'StillRunning' }
            default { 'NotStarted' }
        }
    }
    if ($result -ne 'Succeeded') { $unsuccessful++ }
    [pscustomobject]@{
        PSTypeName   = 'RestartedCdmJob'
        JobName      = $job.JobName
        Result       = $result
        SubmissionId = $run.SubmissionId
        Message      = if ($problems) { $problems[0].Exception.Message } else { $null }
    }
}
exit [int] ($unsuccessful -gt 0)
