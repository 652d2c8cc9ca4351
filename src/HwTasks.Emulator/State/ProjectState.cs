using HwTasks.Emulator.Seed;
using HwTasks.Emulator.Services.Aom;
using HwTasks.Emulator.Services.Cdm;
using HwTasks.Emulator.Services.DataArts;
using HwTasks.Emulator.Services.Kafka;
using HwTasks.Emulator.Services.Oms;

namespace HwTasks.Emulator.State;

/// <summary>The resources of every service in one project; each store guards itself.</summary>
internal sealed class ProjectState
{
    public ProjectState(EmulatorClock clock, ProjectSeed seed)
    {
        Cdm = new CdmStore(clock, seed.Cdm);
        Aom = new AomStore(clock, seed.Aom);
        Oms = new OmsStore(clock, seed.Oms);
        DataArts = new DataArtsStore(clock, seed.DataArts);
        Kafka = new KafkaStore(clock, seed.Kafka);
    }

    public CdmStore Cdm { get; }
    public AomStore Aom { get; }
    public OmsStore Oms { get; }
    public DataArtsStore DataArts { get; }
    public KafkaStore Kafka { get; }
}
