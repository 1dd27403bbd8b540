/**
 * Where a dataset's or an import's data comes from, as the answers describe it: DataSource and SourceInfo, the same
 * tables in "Querying Details About a Dataset Import Task" and the dataset pages. Also the schema of any JSON value.
 */
import type { JsonTypes, Named, TypeOf } from "../../schemas/json-schema";

/** Any JSON value: an operator's `params` values, a processing task's `result`, a version's statistics. */
export const JSON_VALUE = {
    type: ["array", "boolean", "null", "number", "object", "string"],
} as const satisfies { readonly type: JsonTypes };

const sourceInfoSchema = {
    type: "object",
    properties: {
        /** MRS cluster ID. You can log in to the MRS console to view the information. */
        cluster_id: { type: "string" },
        /** Running mode of an MRS cluster. Options: · 0: normal cluster · 1: security cluster */
        cluster_mode: { type: "string" },
        /** MRS cluster name You can log in to the MRS console to view the information. */
        cluster_name: { type: "string" },
        /** Name of the database to which the table dataset is imported. */
        database_name: { type: "string" },
        /** HDFS path of the table data set. For example, /datasets/demo. */
        input: { type: "string" },
        /** IP address of your GaussDB(DWS) cluster. */
        ip: { type: "string" },
        /** Port number of your GaussDB(DWS) cluster. */
        port: { type: "string" },
        /** DLI queue name of a table dataset. */
        queue_name: { type: "string" },
        /** Subnet ID of an MRS cluster. */
        subnet_id: { type: "string" },
        /** Name of the table to which a table dataset is imported. */
        table_name: { type: "string" },
        /** Username, which is mandatory for GaussDB(DWS) data. */
        user_name: { type: "string" },
        /** GaussDB(DWS) password, echoed by the response tables: never copy it into outputs, results or logs. */
        user_password: { type: "string" },
        /** ID of the VPC where an MRS cluster resides. */
        vpc_id: { type: "string" },
    },
} as const;

/** Where a table dataset's data comes from (SourceInfo, in the import-task and dataset pages alike). */
export interface SourceInfoResponse extends TypeOf<typeof sourceInfoSchema> {}

const dataSourceSchema = {
    type: "object",
    properties: {
        /** Data source path. */
        data_path: { type: "string" },
        /** 0 OBS, 1 GaussDB(DWS), 2 DLI, 3 RDS, 4 MRS, 5 AI Gallery, 6 inference service. */
        data_type: { type: "number" },
        /** Schema mapping information corresponding to the table data. */
        schema_maps: {
            type: "array",
            items: {
                type: "object",
                properties: {
                    /** Name of the destination column. */
                    dest_name: { type: "string" },
                    /** Name of the source column. */
                    src_name: { type: "string" },
                },
            },
        },
        /** Information required for importing a table data source. */
        source_info: sourceInfoSchema as Named<typeof sourceInfoSchema, SourceInfoResponse>,
        /**
         * Whether the first row in the file is a column name. This field is valid for the table dataset. Options: ·
         * true: The first row in the file is the column name. · false: The first row in the file is not the column
         * name.
         */
        with_column_header: { type: "boolean" },
    },
} as const;

/** A data source (DataSource: "Querying Details About a Dataset Import Task", "Querying the Dataset List"). */
export interface ImportDataSourceResponse extends TypeOf<typeof dataSourceSchema> {}

/** {@link ImportDataSourceResponse} as a field of the import-task and dataset answers. */
export const dataSource = dataSourceSchema as Named<typeof dataSourceSchema, ImportDataSourceResponse>;
