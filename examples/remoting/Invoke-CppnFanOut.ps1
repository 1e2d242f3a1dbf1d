<#
.SYNOPSIS
    Spreads work items (the tiles of a poster, a seed batch) over PowerShell remoting sessions, retries a failed item
    on another session, and shows one progress bar for all of them.

.DESCRIPTION
    Each item runs as `Invoke-Command -Session <one session> -AsJob`, $ScriptBlock called with the item and then
    -ArgumentList, one item per session at a time, so a faster machine takes more items. An item fails when its job fails,
    writes an error, or returns nothing; it then goes back in the queue, to be run by a session that has not failed it,
    at most -MaxAttempts times in all. A session that is no longer open (its machine went away) is dropped. When every
    item has succeeded, their results are returned, in the order they finished; when an item has failed everywhere it
    may run, the script stops with an error naming it and its last error.

    The sessions must already have CppnPS imported (Invoke-Command -Session $sessions { Import-Module CppnPS }), so
    the objects sent and returned are rebuilt as CppnPS networks and images on each side. The script's own progress
    bar is the only one: the sessions' progress records are not collected.

    This is a script to copy and adapt rather than a cmdlet of the module: how machines are reached, which sessions
    to trust with which work, and how hard to retry belong to the user's environment, and PowerShell's own remoting
    (Invoke-Command, jobs) already does the distribution.

.EXAMPLE
    $tiles = ./Invoke-CppnFanOut.ps1 -Session $sessions -InputObject $regions -ArgumentList $network -ScriptBlock {
        param($Region, $Network)
        $Network | Invoke-CppnRender -Width 2048 -Height 1024 -Region $Region.X, $Region.Y, $Region.Width, $Region.Height
    }
    $tiles | Join-CppnTile -Path poster.png

    The tiles of a 2048 x 1024 poster rendered on several machines and joined into one PNG.
#>
[CmdletBinding()]
param(
    # Open sessions, each with CppnPS imported.
    [Parameter(Mandatory)] [System.Management.Automation.Runspaces.PSSession[]] $Session,
    # Runs one item; its first parameter is the item, the others are -ArgumentList.
    [Parameter(Mandatory)] [scriptblock] $ScriptBlock,
    # The items, one run each.
    [Parameter(Mandatory)] [object[]] $InputObject,
    # Passed to every run after the item.
    [object[]] $ArgumentList = @(),
    # Most runs of one item, on different sessions where there are enough.
    [ValidateRange(1, 100)] [int] $MaxAttempts = 3,
    [string] $Activity = 'Rendering on remote sessions'
)

$ErrorActionPreference = 'Stop'

# Invoke-Command serialises its arguments without this session's type data, so a CppnPS network or image would
# arrive as a bag of properties the module cannot rebuild. Serialised here (PSSerializer uses the type data) and
# rebuilt there (where CppnPS is imported), they arrive as real objects; the results come back the same way.
$remote = {
    param([string] $Code, [string] $ItemXml, [string] $ArgumentsXml)
    $item = [System.Management.Automation.PSSerializer]::Deserialize($ItemXml)
    $arguments = @([System.Management.Automation.PSSerializer]::Deserialize($ArgumentsXml))
    $ProgressPreference = 'SilentlyContinue'
    & ([scriptblock]::Create($Code)) $item @arguments | ForEach-Object { [System.Management.Automation.PSSerializer]::Serialize($_) }
}
$code = $ScriptBlock.ToString()
$argumentsXml = [System.Management.Automation.PSSerializer]::Serialize([object[]]$ArgumentList)
$queue = [System.Collections.Generic.Queue[object]]::new()
for ($i = 0; $i -lt $InputObject.Count; $i++) {
    $queue.Enqueue([pscustomobject]@{ Index = $i; Item = $InputObject[$i]; Attempts = 0; FailedOn = [System.Collections.Generic.HashSet[int]]::new(); LastError = $null })
}
$alive = [System.Collections.Generic.List[object]]::new($Session)
$running = @{}   # job id -> @{ Job; Task; Session }
$results = [System.Collections.Generic.List[object]]::new()
$done = 0; $retried = 0
$total = $InputObject.Count

function Get-IdleSession {
    param($Task)
    foreach ($candidate in $alive) {
        if ($candidate.State -ne 'Opened') { continue }
        $busy = $false
        foreach ($run in $running.Values) { if ($run.Session.InstanceId -eq $candidate.InstanceId) { $busy = $true; break } }
        # A session that failed this item is used again only when no other is left to try it.
        if (-not $busy -and (-not $Task.FailedOn.Contains($candidate.Id) -or $Task.FailedOn.Count -ge $alive.Count)) { return $candidate }
    }
    $null
}

try {
    while ($done -lt $total) {
        # Hand out work: one item per idle session.
        $waiting = [System.Collections.Generic.List[object]]::new()
        while ($queue.Count -gt 0) {
            $task = $queue.Dequeue()
            $target = Get-IdleSession $task
            if (-not $target) { $waiting.Add($task); continue }
            $task.Attempts++
            $itemXml = [System.Management.Automation.PSSerializer]::Serialize($task.Item)
            $job = Invoke-Command -Session $target -ScriptBlock $remote -ArgumentList $code, $itemXml, $argumentsXml -AsJob
            $running[$job.Id] = @{ Job = $job; Task = $task; Session = $target }
        }
        foreach ($task in $waiting) { $queue.Enqueue($task) }
        @($alive) | Where-Object { $_.State -ne 'Opened' } | ForEach-Object { [void]$alive.Remove($_) }
        if ($running.Count -eq 0) {
            $task = $queue.Peek()
            throw "Item $($task.Index) could not run: no open session is left (it failed $($task.Attempts) time(s); last error: $($task.LastError))."
        }

        $finished = Wait-Job -Job @($running.Values | ForEach-Object { $_.Job }) -Any
        $run = $running[$finished.Id]
        $running.Remove($finished.Id)
        $task = $run.Task
        $output = @(); $problem = $null
        try {
            $output = @(Receive-Job -Job $finished -ErrorAction Stop -ErrorVariable jobErrors 3>$null 4>$null 6>$null)
            if ($finished.State -ne 'Completed') { $problem = "the job ended $($finished.State)" }
            elseif ($output.Count -eq 0) { $problem = 'it returned nothing' }
        }
        catch { $problem = $_.Exception.Message }
        Remove-Job -Job $finished -Force

        if ($problem) {
            $task.LastError = $problem
            [void]$task.FailedOn.Add($run.Session.Id)
            if ($task.Attempts -ge $MaxAttempts) {
                throw "Item $($task.Index) failed $($task.Attempts) time(s); last error, on session $($run.Session.Id) ($($run.Session.ComputerName)): $problem"
            }
            Write-Verbose "Item $($task.Index) failed on session $($run.Session.Id) ($problem); it is retried on another."
            $retried++
            $queue.Enqueue($task)
        }
        else {
            foreach ($xml in $output) { $results.Add([System.Management.Automation.PSSerializer]::Deserialize($xml)) }
            $done++
        }
        Write-Progress -Activity $Activity -PercentComplete ([int](100 * $done / $total)) `
            -Status ('{0} of {1} done, {2} running on {3} session(s), {4} retried' -f $done, $total, $running.Count, $alive.Count, $retried)
    }
}
finally {
    foreach ($run in $running.Values) { Stop-Job -Job $run.Job; Remove-Job -Job $run.Job -Force }
    Write-Progress -Activity $Activity -Completed
}
$results
