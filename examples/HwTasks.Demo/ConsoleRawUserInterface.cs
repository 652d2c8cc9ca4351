using System.Management.Automation.Host;

namespace HwTasks.Demo;

/// <summary>A fixed 160-column buffer: Out-Default sizes tables by it; nothing reads keys.</summary>
internal sealed class ConsoleRawUserInterface : PSHostRawUserInterface
{
    public override ConsoleColor ForegroundColor { get; set; } = ConsoleColor.Gray;
    public override ConsoleColor BackgroundColor { get; set; } = ConsoleColor.Black;
    public override Coordinates CursorPosition { get; set; }
    public override Coordinates WindowPosition { get; set; }
    public override int CursorSize { get; set; }
    public override Size BufferSize { get; set; } = new(160, 9999);
    public override Size WindowSize { get; set; } = new(160, 50);
    public override Size MaxWindowSize => new(160, 50);
    public override Size MaxPhysicalWindowSize => new(160, 50);
    public override bool KeyAvailable => false;
    public override string WindowTitle { get; set; } = "HwTasks demo";

    public override KeyInfo ReadKey(ReadKeyOptions options) => throw new NotSupportedException();
    public override void FlushInputBuffer() { }
    public override void SetBufferContents(Coordinates origin, BufferCell[,] contents) { }
    public override void SetBufferContents(Rectangle rectangle, BufferCell fill) { }
    public override BufferCell[,] GetBufferContents(Rectangle rectangle) => new BufferCell[0, 0];
    public override void ScrollBufferContents(Rectangle source, Coordinates destination, Rectangle clip, BufferCell fill) { }
}
