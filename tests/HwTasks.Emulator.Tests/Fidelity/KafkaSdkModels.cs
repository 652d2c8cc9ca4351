namespace HwTasks.Emulator.Tests.Fidelity;

/// <summary>
/// The Kafka background task and instance list models of the official Python SDK, huaweicloudsdkkafka v2, as written
/// down from huaweicloud-sdk-python-v3 3.1.211 (commit 343a486b5c8ab656611159f314df6e575d0f6398),
/// huaweicloud-sdk-kafka/huaweicloudsdkkafka/v2/model/*.py: attribute_map names, openapi_types types.
/// ShowBackgroundTaskResponse has the list's fields; DeleteBackgroundTaskResponse has none. The Go SDK
/// (huaweicloud-sdk-go-v3 1cd70eb6f730ea721771a6ec8d96352bbb801787, services/kafka/v2/model) has the same
/// fields and types in ShowInstanceResp, where type, retention_policy and sasl_enabled_mechanisms are
/// string enums that take any text.
/// </summary>
internal static class KafkaSdkModels
{
    // list_background_tasks_resp_tasks.py
    public static readonly SdkModel ListBackgroundTasksRespTasks = new("ListBackgroundTasksRespTasks", new Dictionary<string, SdkType>
    {
        ["id"] = SdkType.Str,
        ["name"] = SdkType.Str,
        ["user_name"] = SdkType.Str,
        ["user_id"] = SdkType.Str,
        ["params"] = SdkType.Str,
        ["status"] = SdkType.Str,
        ["created_at"] = SdkType.Str,
        ["updated_at"] = SdkType.Str,
    });

    // list_background_tasks_response.py
    public static readonly SdkModel ListBackgroundTasksResponse = new("ListBackgroundTasksResponse", new Dictionary<string, SdkType>
    {
        ["task_count"] = SdkType.Str,
        ["tasks"] = SdkType.ListOf(ListBackgroundTasksRespTasks),
    });

    public static readonly SdkModel ShowBackgroundTaskResponse = ListBackgroundTasksResponse with { Name = "ShowBackgroundTaskResponse" };

    // ListInstances: ShowInstanceResp whole (the emulator sends a part of it), with the models it nests.

    // port_protocols_entity.py
    public static readonly SdkModel PortProtocolsEntity = new("PortProtocolsEntity", new Dictionary<string, SdkType>
    {
        ["private_plain_enable"] = SdkType.Bool,
        ["private_plain_address"] = SdkType.Str,
        ["private_plain_domain_name"] = SdkType.Str,
        ["private_sasl_ssl_enable"] = SdkType.Bool,
        ["private_sasl_ssl_address"] = SdkType.Str,
        ["private_sasl_ssl_domain_name"] = SdkType.Str,
        ["private_sasl_plaintext_enable"] = SdkType.Bool,
        ["private_sasl_plaintext_address"] = SdkType.Str,
        ["private_sasl_plaintext_domain_name"] = SdkType.Str,
        ["public_plain_enable"] = SdkType.Bool,
        ["public_plain_address"] = SdkType.Str,
        ["public_plain_domain_name"] = SdkType.Str,
        ["public_sasl_ssl_enable"] = SdkType.Bool,
        ["public_sasl_ssl_address"] = SdkType.Str,
        ["public_sasl_ssl_domain_name"] = SdkType.Str,
        ["public_sasl_plaintext_enable"] = SdkType.Bool,
        ["public_sasl_plaintext_address"] = SdkType.Str,
        ["public_sasl_plaintext_domain_name"] = SdkType.Str,
    });

    // tag_entity.py
    public static readonly SdkModel TagEntity = new("TagEntity", new Dictionary<string, SdkType>
    {
        ["key"] = SdkType.Str,
        ["value"] = SdkType.Str,
    });

    // show_instance_resp.py
    public static readonly SdkModel ShowInstanceResp = new("ShowInstanceResp", new Dictionary<string, SdkType>
    {
        ["name"] = SdkType.Str,
        ["engine"] = SdkType.Str,
        ["engine_version"] = SdkType.Str,
        ["description"] = SdkType.Str,
        ["specification"] = SdkType.Str,
        ["storage_space"] = SdkType.Int,
        ["partition_num"] = SdkType.Str,
        ["used_storage_space"] = SdkType.Int,
        ["dns_enable"] = SdkType.Bool,
        ["connect_address"] = SdkType.Str,
        ["port"] = SdkType.Int,
        ["status"] = SdkType.Str,
        ["instance_id"] = SdkType.Str,
        ["resource_spec_code"] = SdkType.Str,
        ["charging_mode"] = SdkType.Int,
        ["vpc_id"] = SdkType.Str,
        ["vpc_name"] = SdkType.Str,
        ["created_at"] = SdkType.Str,
        ["subnet_name"] = SdkType.Str,
        ["subnet_cidr"] = SdkType.Str,
        ["user_id"] = SdkType.Str,
        ["user_name"] = SdkType.Str,
        ["access_user"] = SdkType.Str,
        ["order_id"] = SdkType.Str,
        ["maintain_begin"] = SdkType.Str,
        ["maintain_end"] = SdkType.Str,
        ["enable_publicip"] = SdkType.Bool,
        ["management_connect_address"] = SdkType.Str,
        ["ssl_enable"] = SdkType.Bool,
        ["broker_ssl_enable"] = SdkType.Bool,
        ["kafka_security_protocol"] = SdkType.Str,
        ["sasl_enabled_mechanisms"] = SdkType.ListOf(SdkType.Str),
        ["ssl_two_way_enable"] = SdkType.Bool,
        ["cert_replaced"] = SdkType.Bool,
        ["public_management_connect_address"] = SdkType.Str,
        ["enterprise_project_id"] = SdkType.Str,
        ["is_logical_volume"] = SdkType.Bool,
        ["extend_times"] = SdkType.Int,
        ["enable_auto_topic"] = SdkType.Bool,
        ["type"] = SdkType.Str,
        ["product_id"] = SdkType.Str,
        ["security_group_id"] = SdkType.Str,
        ["security_group_name"] = SdkType.Str,
        ["subnet_id"] = SdkType.Str,
        ["available_zones"] = SdkType.ListOf(SdkType.Str),
        ["available_zone_names"] = SdkType.ListOf(SdkType.Str),
        ["total_storage_space"] = SdkType.Int,
        ["public_connect_address"] = SdkType.Str,
        ["public_connect_domain_name"] = SdkType.Str,
        ["storage_resource_id"] = SdkType.Str,
        ["storage_spec_code"] = SdkType.Str,
        ["service_type"] = SdkType.Str,
        ["storage_type"] = SdkType.Str,
        ["retention_policy"] = SdkType.Str,
        ["kafka_public_status"] = SdkType.Str,
        ["public_bandwidth"] = SdkType.Int,
        ["enable_log_collection"] = SdkType.Bool,
        ["new_auth_cert"] = SdkType.Bool,
        ["cross_vpc_info"] = SdkType.Str,
        ["public_cross_vpc_info"] = SdkType.Str,
        ["ipv6_enable"] = SdkType.Bool,
        ["ipv6_connect_addresses"] = SdkType.ListOf(SdkType.Str),
        ["connector_enable"] = SdkType.Bool,
        ["connector_node_num"] = SdkType.Int,
        ["connector_id"] = SdkType.Str,
        ["rest_enable"] = SdkType.Bool,
        ["rest_connect_address"] = SdkType.Str,
        ["public_boundwidth"] = SdkType.Int,
        ["message_query_inst_enable"] = SdkType.Bool,
        ["vpc_client_plain"] = SdkType.Bool,
        ["support_features"] = SdkType.Str,
        ["trace_enable"] = SdkType.Bool,
        ["agent_enable"] = SdkType.Bool,
        ["pod_connect_address"] = SdkType.Str,
        ["disk_encrypted"] = SdkType.Bool,
        ["disk_encrypted_key"] = SdkType.Str,
        ["kafka_private_connect_address"] = SdkType.Str,
        ["kafka_private_connect_domain_name"] = SdkType.Str,
        ["ces_version"] = SdkType.Str,
        ["public_access_enabled"] = SdkType.Str,
        ["node_num"] = SdkType.Int,
        ["port_protocols"] = PortProtocolsEntity,
        ["enable_acl"] = SdkType.Bool,
        ["new_spec_billing_enable"] = SdkType.Bool,
        ["broker_num"] = SdkType.Int,
        ["tags"] = SdkType.ListOf(TagEntity),
        ["dr_enable"] = SdkType.Bool,
    });

    // list_instances_response.py
    public static readonly SdkModel ListInstancesResponse = new("ListInstancesResponse", new Dictionary<string, SdkType>
    {
        ["instances"] = SdkType.ListOf(ShowInstanceResp),
        ["instance_num"] = SdkType.Int,
    });
}
