using HwTasks.Core.Tests.Errors;
using HwTasks.Core.Tests.Http;
using HwTasks.Core.Tests.Services;
using HwTasks.Core.Tests.Signing;

namespace HwTasks.Core.Tests.Cultures;

/// <summary>The signing and parsing suites once more under th-TH: the Thai Buddhist calendar: 2024 is 2567.</summary>
public static class InThai
{
    public const string Culture = "th-TH";

    [UseCulture(Culture)] public class signer_vectors : RequestSignerVectorTests { }
    [UseCulture(Culture)] public class signer_properties : SignerPropertyTests { }
    [UseCulture(Culture)] public class reference_vectors : ReferenceSignerVectorTests { }
    [UseCulture(Culture)] public class signer_keys : RequestSignerKeyTests { }
    [UseCulture(Culture)] public class canonical_uri : CanonicalUriTests { }
    [UseCulture(Culture)] public class signing_pipeline : SigningPipelineTests { }
    [UseCulture(Culture)] public class error_bodies : ErrorBodyParserTests { }
    [UseCulture(Culture)] public class responses : ServiceResponseParsingTests { }
    [UseCulture(Culture)] public class cdm_clusters : CdmClusterListParsingTests { }
    [UseCulture(Culture)] public class kafka_instances : KafkaInstanceListParsingTests { }
    [UseCulture(Culture)] public class dataarts_workspaces : DataArtsWorkspaceListParsingTests { }
    [UseCulture(Culture)] public class aom_wire : AomWireFormsTests { }
    [UseCulture(Culture)] public class cdm_wire : CdmWireFormsTests { }
    [UseCulture(Culture)] public class dataarts_wire : DataArtsWireFormsTests { }
    [UseCulture(Culture)] public class oms_wire : OmsWireFormsTests { }
    [UseCulture(Culture)] public class culture_in_force : CultureInForce { protected override string Expected => Culture; }
}
