using System;
using System.Collections.Generic;
using System.Management.Automation;
using CppnPS.Core.Evolution;
using CppnPS.Core.Model;
using CppnPS.Core.Rendering;
using CppnPS.Module.Internal;

namespace CppnPS.Module.Commands
{
    /// <summary>
    /// Interactive breeding in the terminal, as in Picbreeder: shows a generation as numbered
    /// thumbnails, breeds the next from the user's picks, and writes the last generation on quitting.
    /// </summary>
    [Cmdlet(VerbsCommon.Enter, "CppnBreeding")]
    [OutputType(typeof(CppnNetwork))]
    public sealed class EnterCppnBreedingCommand : CppnCmdlet
    {
        // Core owns the mutation defaults; the parameters start from them.
        private static readonly MutationOptions MutationDefaults = new MutationOptions();

        private readonly List<CppnNetwork> _start = new List<CppnNetwork>();

        /// <summary>The networks to start from; piped networks are collected.</summary>
        [Parameter(Mandatory = true, ValueFromPipeline = true, Position = 0)]
        public CppnNetwork[] Network { get; set; } = null!;

        /// <summary>Networks per generation.</summary>
        [Parameter]
        [ValidateRange(2, 100)]
        public int PopulationSize { get; set; } = 8;

        /// <summary>Width of each thumbnail, in pixels and character columns.</summary>
        [Parameter]
        [ValidateRange(4, 256)]
        public int Size { get; set; } = 24;

        /// <summary>Share of weights each mutation changes.</summary>
        [Parameter]
        [ValidateRange(0.0, 1.0)]
        public double Rate { get; set; } = 0.2;

        /// <summary>Standard deviation of each weight change; + and - change it while breeding.</summary>
        [Parameter]
        [ValidateRange(0.0, 1e6)]
        public double MutationSize { get; set; } = MutationDefaults.Size;

        /// <summary>Chance that a child gains a hidden neuron.</summary>
        [Parameter]
        [ValidateRange(0.0, 1.0)]
        public double AddNeuronRate { get; set; } = 0.1;

        /// <summary>Seed of the children. Default: a fresh seed.</summary>
        [Parameter]
        public int? Seed { get; set; }

        /// <summary>Commands to run instead of reading the keyboard, one per line, as typed; the session quits when they run out.</summary>
        [Parameter]
        public string[]? Command { get; set; }

        /// <inheritdoc />
        protected override void ProcessRecord()
        {
            foreach (var network in Network)
                if (network != null) _start.Add(network);
        }

        /// <inheritdoc />
        protected override void EndProcessing()
        {
            try
            {
                IBreedingTerminal terminal;
                if (Command != null) terminal = new ScriptedTerminal(this, Command);
                else if (HostTerminal.IsAvailable(this, out string? reason)) terminal = new HostTerminal(this);
                else
                {
                    ThrowTerminatingError(Errors.Create(reason!, ErrorIds.NoConsole, ErrorCategory.DeviceError, Host.Name));
                    return;
                }
                var session = new BreedingSession(_start, PopulationSize,
                    new MutationOptions { Rate = Rate, Size = MutationSize, AddNeuronRate = AddNeuronRate }, Seed ?? NetworkVariation.NewSeed());
                foreach (var network in BreedingLoop.Run(session, terminal, Size, ExecutionOptions.Default, StopToken))
                    WriteObject(network);
            }
            catch (OperationCanceledException)
            {
                // Ctrl+C: nothing to write.
            }
            catch (ArgumentException ex)
            {
                ThrowTerminatingError(Errors.Create(ex, ErrorIds.InvalidMutationOptions, ErrorCategory.InvalidArgument, _start.ToArray()));
            }
            finally
            {
                base.EndProcessing();
            }
        }

        // The PowerShell host's console: reads lines with the host's line editor, writes through the host.
        private sealed class HostTerminal : IBreedingTerminal
        {
            private readonly PSCmdlet _cmdlet;

            public HostTerminal(PSCmdlet cmdlet) => _cmdlet = cmdlet;

            public static bool IsAvailable(PSCmdlet cmdlet, out string? reason)
            {
                reason = null;
                bool interactive;
                try
                {
                    interactive = !Console.IsInputRedirected && !Console.IsOutputRedirected && cmdlet.Host.UI.RawUI.WindowSize.Width > 0;
                }
                catch (Exception ex) when (ex is NotImplementedException || ex is NotSupportedException || ex is System.IO.IOException || ex is System.Management.Automation.Host.HostException || ex is NullReferenceException)
                {
                    interactive = false;
                }
                if (interactive) return true;
                reason = "Enter-CppnBreeding needs a real console (a terminal such as Windows Terminal or a Linux terminal with 24-bit colour); the host '"
                    + cmdlet.Host.Name + "' has none, or its input or output is redirected. Run it in an interactive pwsh, or give the commands with -Command.";
                return false;
            }

            public int Columns
            {
                get
                {
                    try { return Math.Max(20, _cmdlet.Host.UI.RawUI.WindowSize.Width); }
                    catch (Exception ex) when (ex is NotImplementedException || ex is System.IO.IOException || ex is System.Management.Automation.Host.HostException) { return 80; }
                }
            }

            public string? ReadLine()
            {
                _cmdlet.Host.UI.Write("> ");
                return _cmdlet.Host.UI.ReadLine();
            }

            public void WriteLine(string line) => _cmdlet.Host.UI.WriteLine(line);

            public string ResolvePath(string path) => _cmdlet.SessionState.Path.GetUnresolvedProviderPathFromPSPath(path);
        }

        // Commands from -Command; the screen goes to the information stream (tag CppnBreeding), so scripts can read it.
        private sealed class ScriptedTerminal : IBreedingTerminal
        {
            private readonly PSCmdlet _cmdlet;
            private static readonly string[] Tags = { "CppnBreeding" };
            private readonly Queue<string> _commands;

            public ScriptedTerminal(PSCmdlet cmdlet, IEnumerable<string> commands)
            {
                _cmdlet = cmdlet;
                _commands = new Queue<string>(commands);
            }

            public int Columns => 120;

            public string? ReadLine()
            {
                if (_commands.Count == 0) return null;
                string command = _commands.Dequeue() ?? "";
                _cmdlet.WriteInformation("> " + command, Tags);
                return command;
            }

            public void WriteLine(string line) => _cmdlet.WriteInformation(line, Tags);

            public string ResolvePath(string path) => _cmdlet.SessionState.Path.GetUnresolvedProviderPathFromPSPath(path);
        }
    }
}
