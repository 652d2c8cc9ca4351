using System.Security;
using System.Text;
using HwTasks.Core.Auth.Credentials;
using HwTasks.Core.Errors;

namespace HwTasks.Core.Tests.Auth;

/// <summary>
/// How the credentials file is written and read when the world is not tidy: another writer holding
/// its lock, writers at once, a write that fails half way, a symbolic link, byte-order marks and
/// headers with spaces around them. The Pester suite (Reliability.Tests.ps1) does the same through
/// the cmdlets, with 8 processes and a full disk.
/// </summary>
public sealed class CredentialsFileWriteTests : IDisposable
{
    private const string Original = "# team keys\n[basic]\nak = BASICAK0000000000001\nsk = basic-secret\n";

    private readonly string _directory = Directory.CreateTempSubdirectory("hwtasks-write-").FullName;

    private string FilePath => Path.Combine(_directory, "credentials");

    private static AccessKeyCredential Key(string ak, string sk) => new(ak, SecretText.FromString(sk), null);

    private static Func<CredentialsFileDocument, bool> Set(string name, string ak, string sk) => document =>
    {
        document.SetProfile(name, Key(ak, sk), null, null, null);
        return true;
    };

    // Every file of the folder: nothing left behind but the file and its lock.
    private string[] Files(string? folder = null) =>
        Directory.GetFiles(folder ?? _directory).Select(Path.GetFileName).OrderBy(n => n, StringComparer.Ordinal).ToArray()!;

    [Fact]
    public void A_lock_another_writer_holds_stops_the_change_after_the_wait_naming_the_file_and_writing_nothing()
    {
        File.WriteAllText(FilePath, Original);
        using var other = new FileStream(FilePath + ".lock", FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        var changed = false;

        var failure = Assert.Throws<HwCloudException>(() => CredentialsFileDocument.Change(FilePath, document => changed = true, TimeSpan.FromMilliseconds(300)));

        Assert.Equal("CredentialsFileLocked", failure.ErrorId);
        Assert.Equal(HwCloudErrorKind.Configuration, failure.Kind);
        Assert.Equal("The credentials file '" + FilePath + "' is being changed by another process, which held its lock '" + FilePath +
                     ".lock' for 0.3 s. Try again when that process has finished; nothing was written.", failure.Message);
        Assert.False(changed);
        Assert.Equal(Original, File.ReadAllText(FilePath));
    }

    [Fact]
    public void A_change_waits_for_the_lock_and_applies_to_what_the_other_writer_left()
    {
        File.WriteAllText(FilePath, Original);
        var other = new FileStream(FilePath + ".lock", FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        // The other writer adds [other] while it holds the lock, then lets go.
        var release = Task.Run(async () =>
        {
            await Task.Delay(300);
            File.AppendAllText(FilePath, "[other]\nak = OTHERAK000000000001\nsk = other-secret\n");
            other.Dispose();
        });

        CredentialsFileDocument.Change(FilePath, Set("prod", "PRODAK00000000000001", "prod-secret"), TimeSpan.FromSeconds(30));
        release.Wait();

        Assert.Equal(Original + "[other]\nak = OTHERAK000000000001\nsk = other-secret\n\n[prod]\nak = PRODAK00000000000001\nsk = prod-secret\n",
            File.ReadAllText(FilePath));
    }

    [Fact]
    public void Changes_from_8_threads_at_once_lose_nothing()
    {
        File.WriteAllText(FilePath, Original);

        Parallel.For(0, 8, new ParallelOptions { MaxDegreeOfParallelism = 8 }, writer =>
        {
            for (var round = 0; round < 10; round++)
            {
                CredentialsFileDocument.Change(FilePath, Set("p" + writer + "-" + round, "AK" + writer + round, "secret-" + writer + round));
                if (round > 0) CredentialsFileDocument.Change(FilePath, document => document.RemoveProfile("p" + writer + "-" + (round - 1)));
            }
        });

        var file = CredentialsFile.TryLoad(FilePath)!;
        Assert.Equal(new[] { "basic" }.Concat(Enumerable.Range(0, 8).Select(w => "p" + w + "-9")).Order(StringComparer.Ordinal),
            file.SectionNames.Order(StringComparer.Ordinal));
        for (var writer = 0; writer < 8; writer++) Assert.Equal("AK" + writer + "9", file.Section("p" + writer + "-9")!["ak"]);
        Assert.StartsWith(Original, File.ReadAllText(FilePath));
        Assert.Equal(new[] { "credentials", "credentials.lock" }, Files());
    }

    [Fact]
    public void A_change_that_finds_nothing_to_do_under_the_lock_leaves_the_file_untouched()
    {
        File.WriteAllText(FilePath, Original);
        var written = File.GetLastWriteTimeUtc(FilePath).AddMinutes(-5);
        File.SetLastWriteTimeUtc(FilePath, written);

        // What Remove-HwCloudProfile finds when another process removed the profile after it asked.
        Assert.False(CredentialsFileDocument.Change(FilePath, document => document.RemoveProfile("prod")));

        Assert.Equal(Original, File.ReadAllText(FilePath));
        Assert.Equal(written, File.GetLastWriteTimeUtc(FilePath));
        Assert.Equal(new[] { "credentials", "credentials.lock" }, Files());
    }

    [Fact]
    public void A_write_that_fails_half_way_leaves_the_file_byte_for_byte_and_no_temporary_file()
    {
        var original = Encoding.UTF8.GetBytes(Original + "[prod]\nak = PRODAK00000000000001\nsk = prod-secret\n");
        File.WriteAllBytes(FilePath, original);

        // What a full disk does: some bytes go in, then the write fails.
        var failure = Assert.Throws<IOException>(() => AtomicFile.Replace(FilePath, stream =>
        {
            stream.Write(Encoding.UTF8.GetBytes("[basic]\nak = NEW"));
            stream.Flush();
            throw new IOException("No space left on device");
        }));

        Assert.Equal("No space left on device", failure.Message);
        Assert.Equal(original, File.ReadAllBytes(FilePath));
        Assert.Equal(new[] { "credentials" }, Files());
    }

    [Fact]
    public void A_file_that_cannot_be_written_is_refused_with_the_reason_and_the_fix()
    {
        // Its folder's name taken by a file: no folder can be made there.
        var notAFolder = Path.Combine(_directory, "not-a-folder");
        File.WriteAllText(notAFolder, string.Empty);
        var path = Path.Combine(notAFolder, "credentials");

        var failure = Assert.Throws<HwCloudException>(() => CredentialsFileDocument.Change(path, Set("prod", "PRODAK00000000000001", "prod-secret")));

        Assert.Equal("CredentialsFileUnwritable", failure.ErrorId);
        Assert.StartsWith("The credentials file '" + path + "' cannot be written (", failure.Message);
        Assert.Contains("'" + notAFolder + "' already exists): it was left as it was. Check the free space and the permissions", failure.Message);
        Assert.Equal(string.Empty, File.ReadAllText(notAFolder));
    }

    [Fact]
    public void A_swap_that_fails_before_touching_the_file_leaves_it_byte_for_byte_and_no_temporary_file()
    {
        var original = Encoding.UTF8.GetBytes(Original);
        File.WriteAllBytes(FilePath, original);

        // ReplaceFile refusing at once (a sharing violation): nothing moved.
        Assert.Throws<IOException>(() => AtomicFile.Replace(FilePath, stream => stream.Write(Encoding.UTF8.GetBytes("[new]\n")),
            (_, _) => throw new IOException("The process cannot access the file because it is being used by another process.")));

        Assert.Equal(original, File.ReadAllBytes(FilePath));
        Assert.Equal(new[] { "credentials" }, Files());
    }

    [Fact]
    public void A_swap_that_fails_after_removing_the_file_puts_the_complete_new_file_in_its_place()
    {
        File.WriteAllText(FilePath, Original);
        const string changed = Original + "\n[prod]\nak = PRODAK00000000000001\nsk = prod-secret\n";

        // What Windows' ReplaceFile does on ERROR_UNABLE_TO_MOVE_REPLACEMENT without a backup name:
        // the replaced file is gone, the replacement still under its temporary name.
        AtomicFile.Replace(FilePath, stream => stream.Write(Encoding.UTF8.GetBytes(changed)), (_, target) =>
        {
            File.Delete(target);
            throw new IOException("Unable to move the replacement file to the file to be replaced.");
        });

        Assert.Equal(changed, File.ReadAllText(FilePath));
        Assert.Equal(new[] { "credentials" }, Files());
    }

    [Fact]
    public void The_replacing_file_is_readable_by_its_owner_only_before_its_first_byte()
    {
        File.WriteAllText(FilePath, Original);
        File.SetUnixFileMode(FilePath, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead | UnixFileMode.OtherRead);
        UnixFileMode? modeWhileEmpty = null;

        AtomicFile.Replace(FilePath, stream =>
        {
            var temporary = Directory.GetFiles(_directory, ".credentials.*.tmp").Single();
            modeWhileEmpty = File.GetUnixFileMode(temporary);
            stream.Write(Encoding.UTF8.GetBytes(Original));
        });

        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, modeWhileEmpty);
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(FilePath));
    }

    [Fact]
    public void A_linked_file_is_read_whole_and_written_through_the_link_which_stays()
    {
        var dotfiles = Directory.CreateDirectory(Path.Combine(_directory, "dotfiles")).FullName;
        var target = Path.Combine(dotfiles, "huaweicloud-credentials");
        // Longer than the link's own size (the length of "dotfiles/huaweicloud-credentials").
        var text = Original + "[prod]\nak = PRODAK00000000000001\nsk = prod-secret\nregion = cn-north-4\n";
        File.WriteAllText(target, text);
        File.CreateSymbolicLink(FilePath, "dotfiles/huaweicloud-credentials");

        var read = CredentialsFile.TryLoad(FilePath)!;
        Assert.Equal(new[] { "basic", "prod" }, read.SectionNames);
        Assert.Equal("cn-north-4", read.Section("prod")![CredentialsFile.RegionKey]);

        CredentialsFileDocument.Change(FilePath, Set("test", "TESTAK00000000000001", "test-secret"));

        Assert.Equal("dotfiles/huaweicloud-credentials", new FileInfo(FilePath).LinkTarget);
        Assert.Equal(text + "\n[test]\nak = TESTAK00000000000001\nsk = test-secret\n", File.ReadAllText(target));
        Assert.Equal(new[] { "credentials" }, Files());
        Assert.Equal(new[] { "huaweicloud-credentials", "huaweicloud-credentials.lock" }, Files(dotfiles));
        Assert.Equal(new[] { "basic", "prod", "test" }, CredentialsFile.TryLoad(FilePath)!.SectionNames);
    }

    public static TheoryData<string> MarkedEncodings() => new() { "utf-8", "utf-16LE", "utf-16BE" };

    [Theory]
    [MemberData(nameof(MarkedEncodings))]
    public void A_file_with_a_byte_order_mark_is_read_and_written_back_in_its_encoding_with_its_mark(string name)
    {
        // As Windows PowerShell 5.1 writes it: the mark right before the first header, CRLF line ends.
        const string text = "[basic]\r\nak = BASICAK0000000000001\r\nsk = basic-secret\r\n";
        var encoding = Encoding.GetEncoding(name);
        File.WriteAllBytes(FilePath, encoding.GetPreamble().Concat(encoding.GetBytes(text)).ToArray());

        var read = CredentialsFile.TryLoad(FilePath)!;
        Assert.Equal(new[] { "basic" }, read.SectionNames);
        Assert.Equal("BASICAK0000000000001", read.Section("basic")!["ak"]);
        Assert.Equal("basic-secret", read.Section("basic")!["sk"]);

        CredentialsFileDocument.Change(FilePath, Set("prod", "PRODAK00000000000001", "prod-secret"));

        var expected = text + "\r\n[prod]\r\nak = PRODAK00000000000001\r\nsk = prod-secret\r\n";
        Assert.Equal(encoding.GetPreamble().Concat(encoding.GetBytes(expected)).ToArray(), File.ReadAllBytes(FilePath));
        Assert.Equal(new[] { "basic", "prod" }, CredentialsFile.TryLoad(FilePath)!.SectionNames);
    }

    [Fact]
    public void A_file_without_a_byte_order_mark_and_a_new_file_are_written_as_utf8_without_one()
    {
        File.WriteAllText(FilePath, Original + "# café\n", new UTF8Encoding(false));
        CredentialsFileDocument.Change(FilePath, Set("prod", "PRODAK00000000000001", "prod-sécret"));
        Assert.Equal(new UTF8Encoding(false).GetBytes(Original + "# café\n\n[prod]\nak = PRODAK00000000000001\nsk = prod-sécret\n"), File.ReadAllBytes(FilePath));

        var created = Path.Combine(_directory, "new", "credentials");
        CredentialsFileDocument.Change(created, Set("basic", "BASICAK0000000000001", "basic-secret"));
        Assert.Equal(new UTF8Encoding(false).GetBytes("[basic]" + Environment.NewLine + "ak = BASICAK0000000000001" + Environment.NewLine + "sk = basic-secret" + Environment.NewLine),
            File.ReadAllBytes(created));
    }

    [Theory]
    [InlineData("[prod]  ")]
    [InlineData("[prod]\t")]
    [InlineData("  [prod]")]
    [InlineData("[ prod ]")]
    [InlineData("[PROD]")]
    public void The_writer_finds_every_header_the_reader_accepts(string header)
    {
        File.WriteAllText(FilePath, header + "\nak = OLDAK000000000000001\nsk = old-secret\n# prod's note\n\n[basic]\nak = BASICAK0000000000001\nsk = basic-secret\n");
        Assert.Equal(new[] { "prod", "basic" }, CredentialsFile.TryLoad(FilePath)!.SectionNames, StringComparer.OrdinalIgnoreCase);

        CredentialsFileDocument.Change(FilePath, Set("prod", "NEWAK000000000000001", "new-secret"));

        // Replaced in place: one [prod], its note kept, no second section.
        Assert.Equal(header + "\nak = NEWAK000000000000001\nsk = new-secret\n# prod's note\n\n[basic]\nak = BASICAK0000000000001\nsk = basic-secret\n",
            File.ReadAllText(FilePath));

        Assert.True(CredentialsFileDocument.Change(FilePath, document => document.RemoveProfile("prod")));

        Assert.Equal("# prod's note\n\n[basic]\nak = BASICAK0000000000001\nsk = basic-secret\n", File.ReadAllText(FilePath));
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);
}
