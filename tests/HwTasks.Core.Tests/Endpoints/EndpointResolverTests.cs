using HwTasks.Core.Services.DataArts;
using HwTasks.Core.Services.Cdm;
using HwTasks.Core.Services.Kafka;
using HwTasks.Core.Services.Oms;
using HwTasks.Core.Services.Aom;
using HwTasks.Core.Services.Iam;
using HwTasks.Core.Endpoints;
using HwTasks.Core.Errors;

namespace HwTasks.Core.Tests.Endpoints;

public class EndpointResolverTests
{
    private static EndpointResolver With(params (string Name, string Value)[] variables) =>
        new(name => variables.FirstOrDefault(v => v.Name == name).Value);

    [Theory]
    [InlineData("Cdm", "cn-north-4", "https://cdm.cn-north-4.myhuaweicloud.com/")]
    [InlineData("Aom", "ap-southeast-1", "https://aom.ap-southeast-1.myhuaweicloud.com/")]
    [InlineData("Oms", "cn-east-3", "https://oms.cn-east-3.myhuaweicloud.com/")]
    [InlineData("Kafka", "cn-north-4", "https://dms.cn-north-4.myhuaweicloud.com/")]
    [InlineData("Kafka", "eu-west-101", "https://dms.eu-west-101.myhuaweicloud.eu/")]
    [InlineData("DataArts", "cn-north-4", "https://dayu.cn-north-4.myhuaweicloud.com/")]
    [InlineData("Iam", "cn-north-4", "https://iam.cn-north-4.myhuaweicloud.com/")]
    public void Public_endpoints_follow_the_table(string service, string region, string expected)
    {
        Assert.Equal(expected, With().Resolve(CloudService.Parse(service), region).BaseUri.ToString());
    }

    [Fact]
    public void A_region_the_service_does_not_serve_lists_the_ones_it_does()
    {
        var failure = Assert.Throws<HwCloudException>(() => With().Resolve(OmsService.Instance, "eu-west-101"));

        Assert.Equal("RegionNotSupported", failure.ErrorId);
        Assert.StartsWith("OMS is not offered in region 'eu-west-101'. Regions it serves: cn-north-4, cn-north-1, ", failure.Message);
        Assert.Contains("HUAWEICLOUD_SDK_REGION_OMS_EU_WEST_101", failure.Message);
    }

    [Fact]
    public void The_per_region_variable_overrides_the_table_and_gets_https_when_it_has_no_scheme()
    {
        var resolver = With(("HUAWEICLOUD_SDK_REGION_CDM_CN_NORTH_4", "cdm.example.internal"));

        var endpoint = resolver.Resolve(CdmService.Instance, "cn-north-4");

        Assert.Equal("https://cdm.example.internal/", endpoint.BaseUri.ToString());
        Assert.Contains("HUAWEICLOUD_SDK_REGION_CDM_CN_NORTH_4", endpoint.Source);
    }

    [Fact]
    public void The_per_region_variable_also_reaches_regions_the_table_does_not_know()
    {
        var resolver = With(("HUAWEICLOUD_SDK_REGION_DATAARTSSTUDIO_XX_NEW_1", "http://10.0.0.1:8080"));

        Assert.Equal("http://10.0.0.1:8080/", resolver.Resolve(DataArtsService.Instance, "xx-new-1").BaseUri.ToString());
    }

    [Fact]
    public void EndpointUrl_wins_over_everything_for_every_service()
    {
        var resolver = With(("HUAWEICLOUD_SDK_REGION_KAFKA_CN_NORTH_4", "https://elsewhere"));

        Assert.Equal("http://127.0.0.1:5080/", resolver.Resolve(KafkaService.Instance, "cn-north-4", "http://127.0.0.1:5080").BaseUri.ToString());
        Assert.Equal("http://127.0.0.1:5080/", resolver.Resolve(IamService.Instance, "cn-north-4", "http://127.0.0.1:5080").BaseUri.ToString());
    }

    [Fact]
    public void The_IAM_endpoint_setting_is_used_for_IAM_only()
    {
        var resolver = With(("HUAWEICLOUD_SDK_IAM_ENDPOINT", "https://iam.example.internal"));

        Assert.Equal("https://iam.example.internal/", resolver.Resolve(IamService.Instance, "cn-north-4").BaseUri.ToString());
        Assert.Equal("https://cdm.cn-north-4.myhuaweicloud.com/", resolver.Resolve(CdmService.Instance, "cn-north-4").BaseUri.ToString());
    }

    [Theory]
    [InlineData("ftp://x")]
    [InlineData("http://x/?a=1")]
    [InlineData("http://")]
    public void A_bad_endpoint_is_refused_with_the_form_it_should_have(string endpoint)
    {
        var failure = Assert.Throws<HwCloudException>(() => With().Resolve(CdmService.Instance, "cn-north-4", endpoint));

        Assert.Equal("InvalidEndpointUrl", failure.ErrorId);
        Assert.Contains("http://127.0.0.1:5080", failure.Message);
    }

    [Fact]
    public void The_region_lists_match_the_documented_counts()
    {
        Assert.Equal(20, CdmService.Instance.Regions.Count);
        Assert.Equal(31, AomService.Instance.Regions.Count);
        Assert.Equal(21, OmsService.Instance.Regions.Count);
        Assert.Equal(34, KafkaService.Instance.Regions.Count);
        Assert.Equal(26, DataArtsService.Instance.Regions.Count);
    }
}
