using HwTasks.Core.Tests.Errors;
using HwTasks.Core.Tests.Http;
using HwTasks.Core.Tests.Services;
using HwTasks.Core.Tests.Signing;

namespace HwTasks.Core.Tests.Cultures;

/// <summary>
/// The signing and parsing suites once more in cultures whose rules break careless code: Turkish
/// casing ('I' lower-cases to 'ı'), the Thai Buddhist calendar (2024 is 2567), the Um Al-Qura calendar
/// and Arabic-Indic digits. Each class inherits every test of its suite and runs it in its culture.
/// </summary>
public static class CultureRuns
{
    public const string Turkish = "tr-TR", Thai = "th-TH", Arabic = "ar-SA";

    [UseCulture(Turkish)] public class Turkish_signer_vectors : RequestSignerVectorTests { }
    [UseCulture(Thai)] public class Thai_signer_vectors : RequestSignerVectorTests { }
    [UseCulture(Arabic)] public class Arabic_signer_vectors : RequestSignerVectorTests { }
    [UseCulture(Turkish)] public class Turkish_signer_properties : SignerPropertyTests { }
    [UseCulture(Thai)] public class Thai_signer_properties : SignerPropertyTests { }
    [UseCulture(Arabic)] public class Arabic_signer_properties : SignerPropertyTests { }
    [UseCulture(Turkish)] public class Turkish_signer_keys : RequestSignerKeyTests { }
    [UseCulture(Thai)] public class Thai_signer_keys : RequestSignerKeyTests { }
    [UseCulture(Arabic)] public class Arabic_signer_keys : RequestSignerKeyTests { }
    [UseCulture(Turkish)] public class Turkish_canonical_uri : CanonicalUriTests { }
    [UseCulture(Thai)] public class Thai_canonical_uri : CanonicalUriTests { }
    [UseCulture(Arabic)] public class Arabic_canonical_uri : CanonicalUriTests { }
    [UseCulture(Turkish)] public class Turkish_signing_pipeline : SigningPipelineTests { }
    [UseCulture(Thai)] public class Thai_signing_pipeline : SigningPipelineTests { }
    [UseCulture(Arabic)] public class Arabic_signing_pipeline : SigningPipelineTests { }
    [UseCulture(Turkish)] public class Turkish_error_bodies : ErrorBodyParserTests { }
    [UseCulture(Thai)] public class Thai_error_bodies : ErrorBodyParserTests { }
    [UseCulture(Arabic)] public class Arabic_error_bodies : ErrorBodyParserTests { }
    [UseCulture(Turkish)] public class Turkish_responses : ServiceResponseParsingTests { }
    [UseCulture(Thai)] public class Thai_responses : ServiceResponseParsingTests { }
    [UseCulture(Arabic)] public class Arabic_responses : ServiceResponseParsingTests { }
    [UseCulture(Turkish)] public class Turkish_cdm_clusters : CdmClusterListParsingTests { }
    [UseCulture(Thai)] public class Thai_cdm_clusters : CdmClusterListParsingTests { }
    [UseCulture(Arabic)] public class Arabic_cdm_clusters : CdmClusterListParsingTests { }
    [UseCulture(Turkish)] public class Turkish_kafka_instances : KafkaInstanceListParsingTests { }
    [UseCulture(Thai)] public class Thai_kafka_instances : KafkaInstanceListParsingTests { }
    [UseCulture(Arabic)] public class Arabic_kafka_instances : KafkaInstanceListParsingTests { }
    [UseCulture(Turkish)] public class Turkish_dataarts_workspaces : DataArtsWorkspaceListParsingTests { }
    [UseCulture(Thai)] public class Thai_dataarts_workspaces : DataArtsWorkspaceListParsingTests { }
    [UseCulture(Arabic)] public class Arabic_dataarts_workspaces : DataArtsWorkspaceListParsingTests { }
    [UseCulture(Turkish)] public class Turkish_aom_wire : AomWireFormsTests { }
    [UseCulture(Thai)] public class Thai_aom_wire : AomWireFormsTests { }
    [UseCulture(Arabic)] public class Arabic_aom_wire : AomWireFormsTests { }
    [UseCulture(Turkish)] public class Turkish_cdm_wire : CdmWireFormsTests { }
    [UseCulture(Thai)] public class Thai_cdm_wire : CdmWireFormsTests { }
    [UseCulture(Arabic)] public class Arabic_cdm_wire : CdmWireFormsTests { }
    [UseCulture(Turkish)] public class Turkish_dataarts_wire : DataArtsWireFormsTests { }
    [UseCulture(Thai)] public class Thai_dataarts_wire : DataArtsWireFormsTests { }
    [UseCulture(Arabic)] public class Arabic_dataarts_wire : DataArtsWireFormsTests { }
    [UseCulture(Turkish)] public class Turkish_oms_wire : OmsWireFormsTests { }
    [UseCulture(Thai)] public class Thai_oms_wire : OmsWireFormsTests { }
    [UseCulture(Arabic)] public class Arabic_oms_wire : OmsWireFormsTests { }
    [UseCulture(Turkish)] public class Turkish_culture_in_force : CultureInForce { protected override string Expected => Turkish; }
    [UseCulture(Thai)] public class Thai_culture_in_force : CultureInForce { protected override string Expected => Thai; }
    [UseCulture(Arabic)] public class Arabic_culture_in_force : CultureInForce { protected override string Expected => Arabic; }
}
