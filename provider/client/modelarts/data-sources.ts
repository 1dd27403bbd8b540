/**
 * Where a dataset's or an import's data comes from, as the answers describe it: DataSource and SourceInfo, the same
 * tables in "Querying Details About a Dataset Import Task" and the dataset pages.
 */
import type { Named, TypeOf } from "../../schemas/json-schema";
import { answerObject, BOOLEAN, NUMBER, STRING } from "./answer-fields";

const sourceInfoSchema = answerObject({
    /** MRS cluster ID. You can log in to the MRS console to view the information. */
    cluster_id: STRING,
    /** Running mode of an MRS cluster. Options: · 0: normal cluster · 1: security cluster */
    cluster_mode: STRING,
    /** MRS cluster name You can log in to the MRS console to view the information. */
    cluster_name: STRING,
    /** Name of the database to which the table dataset is imported. */
    database_name: STRING,
    /** HDFS path of the table data set. For example, /datasets/demo. */
    input: STRING,
    /** IP address of your GaussDB(DWS) cluster. */
    ip: STRING,
    /** Port number of your GaussDB(DWS) cluster. */
    port: STRING,
    /** DLI queue name of a table dataset. */
    queue_name: STRING,
    /** Subnet ID of an MRS cluster. */
    subnet_id: STRING,
    /** Name of the table to which a table dataset is imported. */
    table_name: STRING,
    /** Username, which is mandatory for GaussDB(DWS) data. */
    user_name: STRING,
    /** GaussDB(DWS) password, echoed by the response tables: never copy it into outputs, results or logs. */
    user_password: STRING,
    /** ID of the VPC where an MRS cluster resides. */
    vpc_id: STRING,
});

/** Where a table dataset's data comes from (SourceInfo, in the import-task and dataset pages alike). */
export interface SourceInfoResponse extends TypeOf<typeof sourceInfoSchema> {}

const dataSourceSchema = answerObject({
    /** Data source path. */
    data_path: STRING,
    /** 0 OBS, 1 GaussDB(DWS), 2 DLI, 3 RDS, 4 MRS, 5 AI Gallery, 6 inference service. */
    data_type: NUMBER,
    /** Schema mapping information corresponding to the table data. */
    schema_maps: {
        type: "array",
        items: answerObject({
            /** Name of the destination column. */
            dest_name: STRING,
            /** Name of the source column. */
            src_name: STRING,
        }),
    },
    /** Information required for importing a table data source. */
    source_info: sourceInfoSchema as Named<typeof sourceInfoSchema, SourceInfoResponse>,
    /**
     * Whether the first row in the file is a column name. This field is valid for the table dataset. Options: ·
     * true: The first row in the file is the column name. · false: The first row in the file is not the column
     * name.
     */
    with_column_header: BOOLEAN,
});

/** A data source (DataSource: "Querying Details About a Dataset Import Task", "Querying the Dataset List"). */
export interface ImportDataSourceResponse extends TypeOf<typeof dataSourceSchema> {}

/** {@link ImportDataSourceResponse} as a field of the import-task and dataset answers. */
export const dataSource = dataSourceSchema as Named<typeof dataSourceSchema, ImportDataSourceResponse>;
