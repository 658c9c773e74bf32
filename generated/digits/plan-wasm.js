import { plan } from "./plan.js";
export const wasmPlan = {
    format: plan.format,
    target: "wasm",
    precision: plan.precision,
    name: plan.name,
    classes: plan.classes,
    exits: plan.exits,
    maxBatch: plan.maxBatch,
    input: plan.input,
    normalize: plan.normalize,
    exitFlops: plan.exitFlops,
    arenaElements: plan.arenaElements,
    weights: plan.weights,
    control: plan.control,
    output: plan.output,
    memory: {
        "control": 0,
        "output": 832,
        "weights": 20032,
        "arena": 5518976,
        "scratch": 26637952,
        "bytes": 26680448
    },
    stages: [
        {
            "exit": 0,
            "launches": [
                {
                    "label": "FirstLayer.layers.0.net.0",
                    "step": {
                        "kind": "call",
                        "fn": "conv_0",
                        "countAt": 0,
                        "args": [
                            11810432,
                            12288,
                            5518976,
                            98304,
                            20032,
                            20896,
                            0,
                            1
                        ],
                        "flops": 229376,
                        "units": 1
                    }
                },
                {
                    "label": "FirstLayer.layers.1.net.0",
                    "step": {
                        "kind": "call",
                        "fn": "conv_1",
                        "countAt": 0,
                        "args": [
                            5518976,
                            98304,
                            11810432,
                            49152,
                            20928,
                            25536,
                            0,
                            2
                        ],
                        "flops": 299008,
                        "units": 2
                    }
                },
                {
                    "label": "FirstLayer.layers.2.net.0",
                    "step": {
                        "kind": "call",
                        "fn": "conv_2",
                        "countAt": 0,
                        "args": [
                            11810432,
                            49152,
                            14956160,
                            24576,
                            25600,
                            44032,
                            0,
                            4
                        ],
                        "flops": 296960,
                        "units": 4
                    }
                },
                {
                    "label": "scale_flows.0.0.layers.0.conv_normal.net.0",
                    "step": {
                        "kind": "call",
                        "fn": "conv_3",
                        "countAt": 0,
                        "args": [
                            14956160,
                            24576,
                            16529024,
                            8192,
                            44160,
                            48256,
                            0,
                            4
                        ],
                        "flops": 67584,
                        "units": 4
                    }
                },
                {
                    "label": "scale_flows.0.0.layers.0.conv_normal.net.3",
                    "step": {
                        "kind": "call",
                        "fn": "conv_4",
                        "countAt": 0,
                        "args": [
                            16529024,
                            8192,
                            14964352,
                            24576,
                            48384,
                            66816,
                            0,
                            2
                        ],
                        "flops": 295936,
                        "units": 1
                    }
                },
                {
                    "label": "scale_flows.0.0.layers.1.conv_normal.net.0",
                    "step": {
                        "kind": "call",
                        "fn": "conv_5",
                        "countAt": 0,
                        "args": [
                            14956160,
                            24576,
                            16529024,
                            12288,
                            66880,
                            76096,
                            0,
                            6
                        ],
                        "flops": 150528,
                        "units": 6
                    }
                },
                {
                    "label": "scale_flows.0.0.layers.1.conv_normal.net.3",
                    "step": {
                        "kind": "call",
                        "fn": "conv_6",
                        "countAt": 0,
                        "args": [
                            16529024,
                            12288,
                            14968448,
                            24576,
                            76288,
                            103936,
                            0,
                            2
                        ],
                        "flops": 443392,
                        "units": 1
                    }
                },
                {
                    "label": "classifier.0.m.0.net.0",
                    "step": {
                        "kind": "call",
                        "fn": "conv_7",
                        "countAt": 0,
                        "args": [
                            14956160,
                            24576,
                            16529024,
                            8192,
                            104000,
                            398912,
                            0,
                            16
                        ],
                        "flops": 1181696,
                        "units": 16
                    }
                },
                {
                    "label": "classifier.0.m.1.net.0",
                    "step": {
                        "kind": "call",
                        "fn": "conv_8",
                        "countAt": 0,
                        "args": [
                            16529024,
                            8192,
                            17053312,
                            2048,
                            399424,
                            989248,
                            0,
                            16
                        ],
                        "flops": 590336,
                        "units": 16
                    }
                },
                {
                    "label": "classifier.0.linear",
                    "step": {
                        "kind": "call",
                        "fn": "linear_9",
                        "countAt": 0,
                        "args": [
                            17053312,
                            2048,
                            16529024,
                            40,
                            989760,
                            994880,
                            0,
                            1
                        ],
                        "flops": 1802,
                        "units": 1
                    }
                },
                {
                    "label": "exit0",
                    "step": {
                        "kind": "exit",
                        "exit": 0,
                        "last": false,
                        "classes": 10,
                        "countAt": 0,
                        "nextCountAt": 1,
                        "thresholdAt": 199,
                        "idsIn": 7,
                        "idsOut": 71,
                        "sourceAt": 135,
                        "finalAt": 0,
                        "perExitAt": 192,
                        "logitsAt": 960,
                        "base": 2752512,
                        "stride": 10
                    }
                },
                {
                    "label": "gather3",
                    "step": {
                        "kind": "gather",
                        "countAt": 1,
                        "sourceAt": 135,
                        "perSample": 4096,
                        "from": 2359296,
                        "to": 3932160,
                        "stride": 6144
                    }
                },
                {
                    "label": "gather2",
                    "step": {
                        "kind": "gather",
                        "countAt": 1,
                        "sourceAt": 135,
                        "perSample": 4096,
                        "from": 1572864,
                        "to": 3145728,
                        "stride": 12288
                    }
                },
                {
                    "label": "gather1",
                    "step": {
                        "kind": "gather",
                        "countAt": 1,
                        "sourceAt": 135,
                        "perSample": 8192,
                        "from": 0,
                        "to": 1572864,
                        "stride": 24576
                    }
                }
            ]
        },
        {
            "exit": 1,
            "launches": [
                {
                    "label": "scale_flows.0.1.layers.0.conv_normal.net.0",
                    "step": {
                        "kind": "call",
                        "fn": "conv_10",
                        "countAt": 1,
                        "args": [
                            21247616,
                            24576,
                            5518976,
                            16384,
                            994928,
                            1011312,
                            0,
                            8
                        ],
                        "flops": 266240,
                        "units": 8
                    }
                },
                {
                    "label": "scale_flows.0.1.layers.0.conv_normal.net.3",
                    "step": {
                        "kind": "call",
                        "fn": "conv_11",
                        "countAt": 1,
                        "args": [
                            5518976,
                            16384,
                            21264000,
                            24576,
                            1011568,
                            1048432,
                            0,
                            2
                        ],
                        "flops": 590848,
                        "units": 2
                    }
                },
                {
                    "label": "scale_flows.0.1.layers.1.conv_normal.net.0",
                    "step": {
                        "kind": "call",
                        "fn": "conv_12",
                        "countAt": 1,
                        "args": [
                            21247616,
                            24576,
                            5518976,
                            16384,
                            1048496,
                            1068976,
                            0,
                            8
                        ],
                        "flops": 331776,
                        "units": 8
                    }
                },
                {
                    "label": "scale_flows.0.1.layers.1.conv_normal.net.3",
                    "step": {
                        "kind": "call",
                        "fn": "conv_11",
                        "countAt": 1,
                        "args": [
                            5518976,
                            16384,
                            21268096,
                            24576,
                            1069232,
                            1106096,
                            0,
                            2
                        ],
                        "flops": 590848,
                        "units": 2
                    }
                },
                {
                    "label": "classifier.1.m.0.net.0",
                    "step": {
                        "kind": "call",
                        "fn": "conv_13",
                        "countAt": 1,
                        "args": [
                            21247616,
                            24576,
                            5518976,
                            8192,
                            1106160,
                            1548528,
                            0,
                            16
                        ],
                        "flops": 1771520,
                        "units": 16
                    }
                },
                {
                    "label": "classifier.1.m.1.net.0",
                    "step": {
                        "kind": "call",
                        "fn": "conv_8",
                        "countAt": 1,
                        "args": [
                            5518976,
                            8192,
                            6043264,
                            2048,
                            1549040,
                            2138864,
                            0,
                            16
                        ],
                        "flops": 590336,
                        "units": 16
                    }
                },
                {
                    "label": "classifier.1.linear",
                    "step": {
                        "kind": "call",
                        "fn": "linear_9",
                        "countAt": 1,
                        "args": [
                            6043264,
                            2048,
                            5518976,
                            40,
                            2139376,
                            2144496,
                            0,
                            1
                        ],
                        "flops": 1802,
                        "units": 1
                    }
                },
                {
                    "label": "exit1",
                    "step": {
                        "kind": "exit",
                        "exit": 1,
                        "last": false,
                        "classes": 10,
                        "countAt": 1,
                        "nextCountAt": 2,
                        "thresholdAt": 200,
                        "idsIn": 71,
                        "idsOut": 7,
                        "sourceAt": 135,
                        "finalAt": 0,
                        "perExitAt": 320,
                        "logitsAt": 1600,
                        "base": 0,
                        "stride": 10
                    }
                },
                {
                    "label": "gather9",
                    "step": {
                        "kind": "gather",
                        "countAt": 2,
                        "sourceAt": 135,
                        "perSample": 6144,
                        "from": 3932160,
                        "to": 4718592,
                        "stride": 6144
                    }
                },
                {
                    "label": "gather10",
                    "step": {
                        "kind": "gather",
                        "countAt": 2,
                        "sourceAt": 135,
                        "perSample": 4096,
                        "from": 3145728,
                        "to": 3932160,
                        "stride": 12288
                    }
                },
                {
                    "label": "gather11",
                    "step": {
                        "kind": "gather",
                        "countAt": 2,
                        "sourceAt": 135,
                        "perSample": 8192,
                        "from": 1572864,
                        "to": 0,
                        "stride": 24576
                    }
                }
            ]
        },
        {
            "exit": 2,
            "launches": [
                {
                    "label": "scale_flows.1.0.layers.0.conv_normal.net.0",
                    "step": {
                        "kind": "call",
                        "fn": "conv_14",
                        "countAt": 2,
                        "args": [
                            21247616,
                            49152,
                            11810432,
                            12288,
                            2144544,
                            2145312,
                            0,
                            2
                        ],
                        "flops": 52224,
                        "units": 2
                    }
                },
                {
                    "label": "scale_flows.1.0.layers.0.conv_normal.net.3",
                    "step": {
                        "kind": "call",
                        "fn": "conv_15",
                        "countAt": 2,
                        "args": [
                            11810432,
                            12288,
                            21266048,
                            49152,
                            2145360,
                            2148816,
                            0,
                            1
                        ],
                        "flops": 167424,
                        "units": 1
                    }
                },
                {
                    "label": "scale_flows.1.0.layers.0.conv_up.net.0",
                    "step": {
                        "kind": "call",
                        "fn": "conv_16",
                        "countAt": 2,
                        "args": [
                            24393344,
                            24576,
                            11810432,
                            2048,
                            2148848,
                            2149872,
                            0,
                            1
                        ],
                        "flops": 16896,
                        "units": 1
                    }
                },
                {
                    "label": "scale_flows.1.0.layers.0.conv_up.net.3",
                    "step": {
                        "kind": "call",
                        "fn": "conv_17",
                        "countAt": 2,
                        "args": [
                            11810432,
                            2048,
                            21264000,
                            49152,
                            2149904,
                            2151056,
                            0,
                            1
                        ],
                        "flops": 9344,
                        "units": 1
                    }
                },
                {
                    "label": "scale_flows.1.0.layers.1.conv_normal.net.0",
                    "step": {
                        "kind": "call",
                        "fn": "conv_18",
                        "countAt": 2,
                        "args": [
                            21247616,
                            49152,
                            11810432,
                            12288,
                            2151072,
                            2152224,
                            0,
                            2
                        ],
                        "flops": 76800,
                        "units": 2
                    }
                },
                {
                    "label": "scale_flows.1.0.layers.1.conv_normal.net.3",
                    "step": {
                        "kind": "call",
                        "fn": "conv_15",
                        "countAt": 2,
                        "args": [
                            11810432,
                            12288,
                            21274240,
                            49152,
                            2152272,
                            2155728,
                            0,
                            1
                        ],
                        "flops": 167424,
                        "units": 1
                    }
                },
                {
                    "label": "scale_flows.1.0.layers.1.conv_up.net.0",
                    "step": {
                        "kind": "call",
                        "fn": "conv_19",
                        "countAt": 2,
                        "args": [
                            24393344,
                            24576,
                            11810432,
                            2048,
                            2155760,
                            2157296,
                            0,
                            1
                        ],
                        "flops": 25088,
                        "units": 1
                    }
                },
                {
                    "label": "scale_flows.1.0.layers.1.conv_up.net.3",
                    "step": {
                        "kind": "call",
                        "fn": "conv_17",
                        "countAt": 2,
                        "args": [
                            11810432,
                            2048,
                            21272192,
                            49152,
                            2157328,
                            2158480,
                            0,
                            1
                        ],
                        "flops": 9344,
                        "units": 1
                    }
                },
                {
                    "label": "scale_flows.1.0.conv_last.net.0",
                    "step": {
                        "kind": "call",
                        "fn": "conv_20",
                        "countAt": 2,
                        "args": [
                            24393344,
                            24576,
                            21280384,
                            49152,
                            2158496,
                            2160544,
                            0,
                            1
                        ],
                        "flops": 33280,
                        "units": 1
                    }
                },
                {
                    "label": "scale_flows.1.1.layers.0.conv_normal.net.0",
                    "step": {
                        "kind": "call",
                        "fn": "conv_21",
                        "countAt": 2,
                        "args": [
                            21247616,
                            49152,
                            11810432,
                            12288,
                            2160576,
                            2162496,
                            0,
                            2
                        ],
                        "flops": 125952,
                        "units": 2
                    }
                },
                {
                    "label": "scale_flows.1.1.layers.0.conv_normal.net.3",
                    "step": {
                        "kind": "call",
                        "fn": "conv_15",
                        "countAt": 2,
                        "args": [
                            11810432,
                            12288,
                            21290624,
                            49152,
                            2162544,
                            2166000,
                            0,
                            1
                        ],
                        "flops": 167424,
                        "units": 1
                    }
                },
                {
                    "label": "scale_flows.1.1.layers.0.conv_up.net.0",
                    "step": {
                        "kind": "call",
                        "fn": "conv_22",
                        "countAt": 2,
                        "args": [
                            24393344,
                            24576,
                            11810432,
                            2048,
                            2166032,
                            2168080,
                            0,
                            1
                        ],
                        "flops": 33280,
                        "units": 1
                    }
                },
                {
                    "label": "scale_flows.1.1.layers.0.conv_up.net.3",
                    "step": {
                        "kind": "call",
                        "fn": "conv_17",
                        "countAt": 2,
                        "args": [
                            11810432,
                            2048,
                            21288576,
                            49152,
                            2168112,
                            2169264,
                            0,
                            1
                        ],
                        "flops": 9344,
                        "units": 1
                    }
                },
                {
                    "label": "scale_flows.1.1.layers.1.conv_normal.net.0",
                    "step": {
                        "kind": "call",
                        "fn": "conv_23",
                        "countAt": 2,
                        "args": [
                            21247616,
                            49152,
                            12957312,
                            12288,
                            2169280,
                            2171584,
                            0,
                            2
                        ],
                        "flops": 150528,
                        "units": 2
                    }
                },
                {
                    "label": "scale_flows.1.1.layers.1.conv_normal.net.3",
                    "step": {
                        "kind": "call",
                        "fn": "conv_24",
                        "countAt": 2,
                        "args": [
                            12957312,
                            12288,
                            11823232,
                            17920,
                            2171632,
                            2175088,
                            0,
                            1
                        ],
                        "flops": 41856,
                        "units": 1
                    }
                },
                {
                    "label": "scale_flows.1.1.layers.1.conv_up.net.0",
                    "step": {
                        "kind": "call",
                        "fn": "conv_25",
                        "countAt": 2,
                        "args": [
                            24393344,
                            24576,
                            12957312,
                            2048,
                            2175120,
                            2177680,
                            0,
                            1
                        ],
                        "flops": 41472,
                        "units": 1
                    }
                },
                {
                    "label": "scale_flows.1.1.layers.1.conv_up.net.3",
                    "step": {
                        "kind": "call",
                        "fn": "conv_26",
                        "countAt": 2,
                        "args": [
                            12957312,
                            2048,
                            11822720,
                            17920,
                            2177712,
                            2178864,
                            0,
                            1
                        ],
                        "flops": 9344,
                        "units": 1
                    }
                },
                {
                    "label": "scale_flows.1.1.layers.1.x.resize",
                    "step": {
                        "kind": "call",
                        "fn": "resize_27",
                        "countAt": 2,
                        "args": [
                            21247616,
                            49152,
                            11810432,
                            17920,
                            0,
                            48
                        ],
                        "flops": 0,
                        "units": 48
                    }
                },
                {
                    "label": "scale_flows.1.1.conv_last.net.0",
                    "step": {
                        "kind": "call",
                        "fn": "conv_28",
                        "countAt": 2,
                        "args": [
                            24393344,
                            24576,
                            11824768,
                            17920,
                            2178880,
                            2185024,
                            0,
                            2
                        ],
                        "flops": 86912,
                        "units": 2
                    }
                },
                {
                    "label": "scale_flows.1.1.trans.net.0",
                    "step": {
                        "kind": "call",
                        "fn": "conv_29",
                        "countAt": 2,
                        "args": [
                            11810432,
                            17920,
                            12957312,
                            17152,
                            2185088,
                            2195168,
                            0,
                            5
                        ],
                        "flops": 159040,
                        "units": 5
                    }
                },
                {
                    "label": "scale_flows.1.2.layers.0.conv_normal.net.0",
                    "step": {
                        "kind": "call",
                        "fn": "conv_30",
                        "countAt": 2,
                        "args": [
                            12957312,
                            17152,
                            14055040,
                            4096,
                            2195312,
                            2197552,
                            0,
                            2
                        ],
                        "flops": 36864,
                        "units": 2
                    }
                },
                {
                    "label": "scale_flows.1.2.layers.0.conv_normal.net.3",
                    "step": {
                        "kind": "call",
                        "fn": "conv_31",
                        "countAt": 2,
                        "args": [
                            14055040,
                            4096,
                            12966272,
                            17152,
                            2197616,
                            2202224,
                            0,
                            1
                        ],
                        "flops": 74240,
                        "units": 1
                    }
                },
                {
                    "label": "scale_flows.1.2.layers.1.conv_normal.net.0",
                    "step": {
                        "kind": "call",
                        "fn": "conv_32",
                        "countAt": 2,
                        "args": [
                            12957312,
                            17152,
                            14055040,
                            4096,
                            2202256,
                            2205008,
                            0,
                            2
                        ],
                        "flops": 45056,
                        "units": 2
                    }
                },
                {
                    "label": "scale_flows.1.2.layers.1.conv_normal.net.3",
                    "step": {
                        "kind": "call",
                        "fn": "conv_31",
                        "countAt": 2,
                        "args": [
                            14055040,
                            4096,
                            12968320,
                            17152,
                            2205072,
                            2209680,
                            0,
                            1
                        ],
                        "flops": 74240,
                        "units": 1
                    }
                },
                {
                    "label": "classifier.2.m.0.net.0",
                    "step": {
                        "kind": "call",
                        "fn": "conv_33",
                        "countAt": 2,
                        "args": [
                            12957312,
                            17152,
                            14055040,
                            8192,
                            2209712,
                            2444720,
                            0,
                            16
                        ],
                        "flops": 942080,
                        "units": 16
                    }
                },
                {
                    "label": "classifier.2.m.1.net.0",
                    "step": {
                        "kind": "call",
                        "fn": "conv_8",
                        "countAt": 2,
                        "args": [
                            14055040,
                            8192,
                            14579328,
                            2048,
                            2445232,
                            3035056,
                            0,
                            16
                        ],
                        "flops": 590336,
                        "units": 16
                    }
                },
                {
                    "label": "classifier.2.linear",
                    "step": {
                        "kind": "call",
                        "fn": "linear_9",
                        "countAt": 2,
                        "args": [
                            14579328,
                            2048,
                            14055040,
                            40,
                            3035568,
                            3040688,
                            0,
                            1
                        ],
                        "flops": 1802,
                        "units": 1
                    }
                },
                {
                    "label": "exit2",
                    "step": {
                        "kind": "exit",
                        "exit": 2,
                        "last": false,
                        "classes": 10,
                        "countAt": 2,
                        "nextCountAt": 3,
                        "thresholdAt": 201,
                        "idsIn": 7,
                        "idsOut": 71,
                        "sourceAt": 135,
                        "finalAt": 0,
                        "perExitAt": 448,
                        "logitsAt": 2240,
                        "base": 2134016,
                        "stride": 10
                    }
                },
                {
                    "label": "gather18",
                    "step": {
                        "kind": "gather",
                        "countAt": 3,
                        "sourceAt": 135,
                        "perSample": 12288,
                        "from": 3932160,
                        "to": 3145728,
                        "stride": 12288
                    }
                },
                {
                    "label": "gather27",
                    "step": {
                        "kind": "gather",
                        "countAt": 3,
                        "sourceAt": 135,
                        "perSample": 4480,
                        "from": 1572864,
                        "to": 4718592,
                        "stride": 4480
                    }
                },
                {
                    "label": "gather29",
                    "step": {
                        "kind": "gather",
                        "countAt": 3,
                        "sourceAt": 135,
                        "perSample": 3264,
                        "from": 1859584,
                        "to": 5005312,
                        "stride": 4288
                    }
                },
                {
                    "label": "gather19",
                    "step": {
                        "kind": "gather",
                        "countAt": 3,
                        "sourceAt": 135,
                        "perSample": 8192,
                        "from": 0,
                        "to": 1572864,
                        "stride": 24576
                    }
                }
            ]
        },
        {
            "exit": 3,
            "launches": [
                {
                    "label": "scale_flows.1.3.layers.0.conv_normal.net.0",
                    "step": {
                        "kind": "call",
                        "fn": "conv_34",
                        "countAt": 3,
                        "args": [
                            25540224,
                            17152,
                            5518976,
                            4096,
                            3040736,
                            3044000,
                            0,
                            2
                        ],
                        "flops": 53248,
                        "units": 2
                    }
                },
                {
                    "label": "scale_flows.1.3.layers.0.conv_normal.net.3",
                    "step": {
                        "kind": "call",
                        "fn": "conv_31",
                        "countAt": 3,
                        "args": [
                            5518976,
                            4096,
                            25553280,
                            17152,
                            3044064,
                            3048672,
                            0,
                            1
                        ],
                        "flops": 74240,
                        "units": 1
                    }
                },
                {
                    "label": "scale_flows.1.3.layers.1.conv_normal.net.0",
                    "step": {
                        "kind": "call",
                        "fn": "conv_35",
                        "countAt": 3,
                        "args": [
                            25540224,
                            17152,
                            5518976,
                            4096,
                            3048704,
                            3052480,
                            0,
                            2
                        ],
                        "flops": 61440,
                        "units": 2
                    }
                },
                {
                    "label": "scale_flows.1.3.layers.1.conv_normal.net.3",
                    "step": {
                        "kind": "call",
                        "fn": "conv_31",
                        "countAt": 3,
                        "args": [
                            5518976,
                            4096,
                            25555328,
                            17152,
                            3052544,
                            3057152,
                            0,
                            1
                        ],
                        "flops": 74240,
                        "units": 1
                    }
                },
                {
                    "label": "classifier.3.m.0.net.0",
                    "step": {
                        "kind": "call",
                        "fn": "conv_36",
                        "countAt": 3,
                        "args": [
                            25540224,
                            17152,
                            5518976,
                            8192,
                            3057184,
                            3365920,
                            0,
                            16
                        ],
                        "flops": 1236992,
                        "units": 16
                    }
                },
                {
                    "label": "classifier.3.m.1.net.0",
                    "step": {
                        "kind": "call",
                        "fn": "conv_8",
                        "countAt": 3,
                        "args": [
                            5518976,
                            8192,
                            6043264,
                            2048,
                            3366432,
                            3956256,
                            0,
                            16
                        ],
                        "flops": 590336,
                        "units": 16
                    }
                },
                {
                    "label": "classifier.3.linear",
                    "step": {
                        "kind": "call",
                        "fn": "linear_9",
                        "countAt": 3,
                        "args": [
                            6043264,
                            2048,
                            5518976,
                            40,
                            3956768,
                            3961888,
                            0,
                            1
                        ],
                        "flops": 1802,
                        "units": 1
                    }
                },
                {
                    "label": "exit3",
                    "step": {
                        "kind": "exit",
                        "exit": 3,
                        "last": false,
                        "classes": 10,
                        "countAt": 3,
                        "nextCountAt": 4,
                        "thresholdAt": 202,
                        "idsIn": 71,
                        "idsOut": 7,
                        "sourceAt": 135,
                        "finalAt": 0,
                        "perExitAt": 576,
                        "logitsAt": 2880,
                        "base": 0,
                        "stride": 10
                    }
                },
                {
                    "label": "gather35",
                    "step": {
                        "kind": "gather",
                        "countAt": 4,
                        "sourceAt": 135,
                        "perSample": 12288,
                        "from": 3145728,
                        "to": 3932160,
                        "stride": 12288
                    }
                },
                {
                    "label": "gather36",
                    "step": {
                        "kind": "gather",
                        "countAt": 4,
                        "sourceAt": 135,
                        "perSample": 4480,
                        "from": 4718592,
                        "to": 3145728,
                        "stride": 4480
                    }
                },
                {
                    "label": "gather37",
                    "step": {
                        "kind": "gather",
                        "countAt": 4,
                        "sourceAt": 135,
                        "perSample": 4288,
                        "from": 5005312,
                        "to": 3432448,
                        "stride": 4288
                    }
                },
                {
                    "label": "gather38",
                    "step": {
                        "kind": "gather",
                        "countAt": 4,
                        "sourceAt": 135,
                        "perSample": 8192,
                        "from": 1572864,
                        "to": 0,
                        "stride": 24576
                    }
                }
            ]
        },
        {
            "exit": 4,
            "launches": [
                {
                    "label": "scale_flows.2.0.layers.0.conv_normal.net.0",
                    "step": {
                        "kind": "call",
                        "fn": "conv_37",
                        "countAt": 4,
                        "args": [
                            5518976,
                            98304,
                            11810432,
                            12288,
                            3961936,
                            3962064,
                            0,
                            1
                        ],
                        "flops": 27648,
                        "units": 1
                    }
                },
                {
                    "label": "scale_flows.2.0.layers.0.conv_normal.net.3",
                    "step": {
                        "kind": "call",
                        "fn": "conv_38",
                        "countAt": 4,
                        "args": [
                            11810432,
                            12288,
                            5555840,
                            98304,
                            3962080,
                            3962512,
                            0,
                            1
                        ],
                        "flops": 86016,
                        "units": 1
                    }
                },
                {
                    "label": "scale_flows.2.0.layers.0.conv_up.net.0",
                    "step": {
                        "kind": "call",
                        "fn": "conv_39",
                        "countAt": 4,
                        "args": [
                            21247616,
                            49152,
                            11810432,
                            2048,
                            3962528,
                            3962784,
                            0,
                            1
                        ],
                        "flops": 8704,
                        "units": 1
                    }
                },
                {
                    "label": "scale_flows.2.0.layers.0.conv_up.net.3",
                    "step": {
                        "kind": "call",
                        "fn": "conv_40",
                        "countAt": 4,
                        "args": [
                            11810432,
                            2048,
                            5551744,
                            98304,
                            3962800,
                            3963088,
                            0,
                            1
                        ],
                        "flops": 4864,
                        "units": 1
                    }
                },
                {
                    "label": "scale_flows.2.0.layers.1.conv_normal.net.0",
                    "step": {
                        "kind": "call",
                        "fn": "conv_41",
                        "countAt": 4,
                        "args": [
                            5518976,
                            98304,
                            11810432,
                            12288,
                            3963104,
                            3963296,
                            0,
                            1
                        ],
                        "flops": 39936,
                        "units": 1
                    }
                },
                {
                    "label": "scale_flows.2.0.layers.1.conv_normal.net.3",
                    "step": {
                        "kind": "call",
                        "fn": "conv_38",
                        "countAt": 4,
                        "args": [
                            11810432,
                            12288,
                            5572224,
                            98304,
                            3963312,
                            3963744,
                            0,
                            1
                        ],
                        "flops": 86016,
                        "units": 1
                    }
                },
                {
                    "label": "scale_flows.2.0.layers.1.conv_up.net.0",
                    "step": {
                        "kind": "call",
                        "fn": "conv_42",
                        "countAt": 4,
                        "args": [
                            21247616,
                            49152,
                            11810432,
                            2048,
                            3963760,
                            3964144,
                            0,
                            1
                        ],
                        "flops": 12800,
                        "units": 1
                    }
                },
                {
                    "label": "scale_flows.2.0.layers.1.conv_up.net.3",
                    "step": {
                        "kind": "call",
                        "fn": "conv_40",
                        "countAt": 4,
                        "args": [
                            11810432,
                            2048,
                            5568128,
                            98304,
                            3964160,
                            3964448,
                            0,
                            1
                        ],
                        "flops": 4864,
                        "units": 1
                    }
                },
                {
                    "label": "scale_flows.2.0.conv_last.net.0",
                    "step": {
                        "kind": "call",
                        "fn": "conv_43",
                        "countAt": 4,
                        "args": [
                            21247616,
                            49152,
                            5584512,
                            98304,
                            3964464,
                            3964976,
                            0,
                            1
                        ],
                        "flops": 33792,
                        "units": 1
                    }
                },
                {
                    "label": "scale_flows.2.1.layers.0.conv_normal.net.0",
                    "step": {
                        "kind": "call",
                        "fn": "conv_44",
                        "countAt": 4,
                        "args": [
                            5518976,
                            98304,
                            11810432,
                            12288,
                            3964992,
                            3965312,
                            0,
                            1
                        ],
                        "flops": 64512,
                        "units": 1
                    }
                },
                {
                    "label": "scale_flows.2.1.layers.0.conv_normal.net.3",
                    "step": {
                        "kind": "call",
                        "fn": "conv_38",
                        "countAt": 4,
                        "args": [
                            11810432,
                            12288,
                            5604992,
                            98304,
                            3965328,
                            3965760,
                            0,
                            1
                        ],
                        "flops": 86016,
                        "units": 1
                    }
                },
                {
                    "label": "scale_flows.2.1.layers.0.conv_up.net.0",
                    "step": {
                        "kind": "call",
                        "fn": "conv_45",
                        "countAt": 4,
                        "args": [
                            21247616,
                            49152,
                            11810432,
                            2048,
                            3965776,
                            3966416,
                            0,
                            1
                        ],
                        "flops": 20992,
                        "units": 1
                    }
                },
                {
                    "label": "scale_flows.2.1.layers.0.conv_up.net.3",
                    "step": {
                        "kind": "call",
                        "fn": "conv_40",
                        "countAt": 4,
                        "args": [
                            11810432,
                            2048,
                            5600896,
                            98304,
                            3966432,
                            3966720,
                            0,
                            1
                        ],
                        "flops": 4864,
                        "units": 1
                    }
                },
                {
                    "label": "scale_flows.2.1.layers.1.conv_normal.net.0",
                    "step": {
                        "kind": "call",
                        "fn": "conv_46",
                        "countAt": 4,
                        "args": [
                            5518976,
                            98304,
                            14104192,
                            12288,
                            3966736,
                            3967120,
                            0,
                            1
                        ],
                        "flops": 76800,
                        "units": 1
                    }
                },
                {
                    "label": "scale_flows.2.1.layers.1.conv_normal.net.3",
                    "step": {
                        "kind": "call",
                        "fn": "conv_47",
                        "countAt": 4,
                        "args": [
                            14104192,
                            12288,
                            11836032,
                            35840,
                            3967136,
                            3967568,
                            0,
                            1
                        ],
                        "flops": 21504,
                        "units": 1
                    }
                },
                {
                    "label": "scale_flows.2.1.layers.1.conv_up.net.0",
                    "step": {
                        "kind": "call",
                        "fn": "conv_48",
                        "countAt": 4,
                        "args": [
                            21247616,
                            49152,
                            14104192,
                            2048,
                            3967584,
                            3968352,
                            0,
                            1
                        ],
                        "flops": 25088,
                        "units": 1
                    }
                },
                {
                    "label": "scale_flows.2.1.layers.1.conv_up.net.3",
                    "step": {
                        "kind": "call",
                        "fn": "conv_49",
                        "countAt": 4,
                        "args": [
                            14104192,
                            2048,
                            11835008,
                            35840,
                            3968368,
                            3968656,
                            0,
                            1
                        ],
                        "flops": 4864,
                        "units": 1
                    }
                },
                {
                    "label": "scale_flows.2.1.layers.1.x.resize",
                    "step": {
                        "kind": "call",
                        "fn": "resize_50",
                        "countAt": 4,
                        "args": [
                            5518976,
                            98304,
                            11810432,
                            35840,
                            0,
                            24
                        ],
                        "flops": 0,
                        "units": 24
                    }
                },
                {
                    "label": "scale_flows.2.1.conv_last.net.0",
                    "step": {
                        "kind": "call",
                        "fn": "conv_51",
                        "countAt": 4,
                        "args": [
                            18101888,
                            17920,
                            11839104,
                            35840,
                            3968672,
                            3970464,
                            0,
                            1
                        ],
                        "flops": 25536,
                        "units": 1
                    }
                },
                {
                    "label": "scale_flows.2.1.trans.net.0",
                    "step": {
                        "kind": "call",
                        "fn": "conv_52",
                        "countAt": 4,
                        "args": [
                            11810432,
                            35840,
                            5518976,
                            35840,
                            3970496,
                            3973296,
                            0,
                            3
                        ],
                        "flops": 156672,
                        "units": 3
                    }
                },
                {
                    "label": "scale_flows.2.2.layers.0.conv_normal.net.0",
                    "step": {
                        "kind": "call",
                        "fn": "conv_53",
                        "countAt": 4,
                        "args": [
                            5518976,
                            35840,
                            7812736,
                            3072,
                            3973376,
                            3973648,
                            0,
                            1
                        ],
                        "flops": 13824,
                        "units": 1
                    }
                },
                {
                    "label": "scale_flows.2.2.layers.0.conv_normal.net.3",
                    "step": {
                        "kind": "call",
                        "fn": "conv_54",
                        "countAt": 4,
                        "args": [
                            7812736,
                            3072,
                            5537408,
                            35840,
                            3973664,
                            3974096,
                            0,
                            1
                        ],
                        "flops": 21504,
                        "units": 1
                    }
                },
                {
                    "label": "scale_flows.2.2.layers.0.conv_up.net.0",
                    "step": {
                        "kind": "call",
                        "fn": "conv_55",
                        "countAt": 4,
                        "args": [
                            19248768,
                            17152,
                            7812736,
                            512,
                            3974112,
                            3974672,
                            0,
                            1
                        ],
                        "flops": 4608,
                        "units": 1
                    }
                },
                {
                    "label": "scale_flows.2.2.layers.0.conv_up.net.3",
                    "step": {
                        "kind": "call",
                        "fn": "conv_56",
                        "countAt": 4,
                        "args": [
                            7812736,
                            512,
                            5536384,
                            35840,
                            3974688,
                            3974976,
                            0,
                            1
                        ],
                        "flops": 1216,
                        "units": 1
                    }
                },
                {
                    "label": "scale_flows.2.2.layers.1.conv_normal.net.0",
                    "step": {
                        "kind": "call",
                        "fn": "conv_57",
                        "countAt": 4,
                        "args": [
                            5518976,
                            35840,
                            7812736,
                            3072,
                            3974992,
                            3975328,
                            0,
                            1
                        ],
                        "flops": 16896,
                        "units": 1
                    }
                },
                {
                    "label": "scale_flows.2.2.layers.1.conv_normal.net.3",
                    "step": {
                        "kind": "call",
                        "fn": "conv_54",
                        "countAt": 4,
                        "args": [
                            7812736,
                            3072,
                            5541504,
                            35840,
                            3975344,
                            3975776,
                            0,
                            1
                        ],
                        "flops": 21504,
                        "units": 1
                    }
                },
                {
                    "label": "scale_flows.2.2.layers.1.conv_up.net.0",
                    "step": {
                        "kind": "call",
                        "fn": "conv_58",
                        "countAt": 4,
                        "args": [
                            19248768,
                            17152,
                            7812736,
                            512,
                            3975792,
                            3976480,
                            0,
                            1
                        ],
                        "flops": 5632,
                        "units": 1
                    }
                },
                {
                    "label": "scale_flows.2.2.layers.1.conv_up.net.3",
                    "step": {
                        "kind": "call",
                        "fn": "conv_56",
                        "countAt": 4,
                        "args": [
                            7812736,
                            512,
                            5540480,
                            35840,
                            3976496,
                            3976784,
                            0,
                            1
                        ],
                        "flops": 1216,
                        "units": 1
                    }
                },
                {
                    "label": "scale_flows.2.2.conv_last.net.0",
                    "step": {
                        "kind": "call",
                        "fn": "conv_59",
                        "countAt": 4,
                        "args": [
                            19248768,
                            17152,
                            5544576,
                            35840,
                            3976800,
                            3978432,
                            0,
                            1
                        ],
                        "flops": 19968,
                        "units": 1
                    }
                },
                {
                    "label": "scale_flows.2.3.layers.0.conv_normal.net.0",
                    "step": {
                        "kind": "call",
                        "fn": "conv_60",
                        "countAt": 4,
                        "args": [
                            5518976,
                            35840,
                            7812736,
                            3072,
                            3978464,
                            3978960,
                            0,
                            1
                        ],
                        "flops": 24576,
                        "units": 1
                    }
                },
                {
                    "label": "scale_flows.2.3.layers.0.conv_normal.net.3",
                    "step": {
                        "kind": "call",
                        "fn": "conv_54",
                        "countAt": 4,
                        "args": [
                            7812736,
                            3072,
                            5551744,
                            35840,
                            3978976,
                            3979408,
                            0,
                            1
                        ],
                        "flops": 21504,
                        "units": 1
                    }
                },
                {
                    "label": "scale_flows.2.3.layers.0.conv_up.net.0",
                    "step": {
                        "kind": "call",
                        "fn": "conv_61",
                        "countAt": 4,
                        "args": [
                            19248768,
                            17152,
                            7812736,
                            512,
                            3979424,
                            3980240,
                            0,
                            1
                        ],
                        "flops": 6656,
                        "units": 1
                    }
                },
                {
                    "label": "scale_flows.2.3.layers.0.conv_up.net.3",
                    "step": {
                        "kind": "call",
                        "fn": "conv_56",
                        "countAt": 4,
                        "args": [
                            7812736,
                            512,
                            5550720,
                            35840,
                            3980256,
                            3980544,
                            0,
                            1
                        ],
                        "flops": 1216,
                        "units": 1
                    }
                },
                {
                    "label": "scale_flows.2.3.layers.1.conv_normal.net.0",
                    "step": {
                        "kind": "call",
                        "fn": "conv_62",
                        "countAt": 4,
                        "args": [
                            5518976,
                            35840,
                            8599168,
                            3072,
                            3980560,
                            3981120,
                            0,
                            1
                        ],
                        "flops": 27648,
                        "units": 1
                    }
                },
                {
                    "label": "scale_flows.2.3.layers.1.conv_normal.net.3",
                    "step": {
                        "kind": "call",
                        "fn": "conv_63",
                        "countAt": 4,
                        "args": [
                            8599168,
                            3072,
                            7821952,
                            12288,
                            3981136,
                            3981568,
                            0,
                            1
                        ],
                        "flops": 5376,
                        "units": 1
                    }
                },
                {
                    "label": "scale_flows.2.3.layers.1.conv_up.net.0",
                    "step": {
                        "kind": "call",
                        "fn": "conv_64",
                        "countAt": 4,
                        "args": [
                            19248768,
                            17152,
                            8599168,
                            512,
                            3981584,
                            3982528,
                            0,
                            1
                        ],
                        "flops": 7680,
                        "units": 1
                    }
                },
                {
                    "label": "scale_flows.2.3.layers.1.conv_up.net.3",
                    "step": {
                        "kind": "call",
                        "fn": "conv_65",
                        "countAt": 4,
                        "args": [
                            8599168,
                            512,
                            7821696,
                            12288,
                            3982544,
                            3982832,
                            0,
                            1
                        ],
                        "flops": 1216,
                        "units": 1
                    }
                },
                {
                    "label": "scale_flows.2.3.layers.1.x.resize",
                    "step": {
                        "kind": "call",
                        "fn": "resize_66",
                        "countAt": 4,
                        "args": [
                            5518976,
                            35840,
                            7812736,
                            12288,
                            0,
                            35
                        ],
                        "flops": 0,
                        "units": 35
                    }
                },
                {
                    "label": "scale_flows.2.3.conv_last.net.0",
                    "step": {
                        "kind": "call",
                        "fn": "conv_67",
                        "countAt": 4,
                        "args": [
                            19248768,
                            17152,
                            7822720,
                            12288,
                            3982848,
                            3986064,
                            0,
                            2
                        ],
                        "flops": 39168,
                        "units": 2
                    }
                },
                {
                    "label": "scale_flows.2.3.trans.net.0",
                    "step": {
                        "kind": "call",
                        "fn": "conv_68",
                        "countAt": 4,
                        "args": [
                            7812736,
                            12288,
                            5518976,
                            10240,
                            3986112,
                            3990720,
                            0,
                            3
                        ],
                        "flops": 75264,
                        "units": 3
                    }
                },
                {
                    "label": "scale_flows.2.4.layers.0.conv_normal.net.0",
                    "step": {
                        "kind": "call",
                        "fn": "conv_69",
                        "countAt": 4,
                        "args": [
                            5518976,
                            10240,
                            6174336,
                            1024,
                            3990816,
                            3991200,
                            0,
                            1
                        ],
                        "flops": 6400,
                        "units": 1
                    }
                },
                {
                    "label": "scale_flows.2.4.layers.0.conv_normal.net.3",
                    "step": {
                        "kind": "call",
                        "fn": "conv_70",
                        "countAt": 4,
                        "args": [
                            6174336,
                            1024,
                            5525120,
                            10240,
                            3991216,
                            3991792,
                            0,
                            1
                        ],
                        "flops": 9472,
                        "units": 1
                    }
                },
                {
                    "label": "scale_flows.2.4.layers.1.conv_normal.net.0",
                    "step": {
                        "kind": "call",
                        "fn": "conv_71",
                        "countAt": 4,
                        "args": [
                            5518976,
                            10240,
                            6174336,
                            1024,
                            3991808,
                            3992256,
                            0,
                            1
                        ],
                        "flops": 7424,
                        "units": 1
                    }
                },
                {
                    "label": "scale_flows.2.4.layers.1.conv_normal.net.3",
                    "step": {
                        "kind": "call",
                        "fn": "conv_70",
                        "countAt": 4,
                        "args": [
                            6174336,
                            1024,
                            5526144,
                            10240,
                            3992272,
                            3992848,
                            0,
                            1
                        ],
                        "flops": 9472,
                        "units": 1
                    }
                },
                {
                    "label": "classifier.4.m.0.net.0",
                    "step": {
                        "kind": "call",
                        "fn": "conv_72",
                        "countAt": 4,
                        "args": [
                            5518976,
                            10240,
                            6174336,
                            8192,
                            3992864,
                            4140320,
                            0,
                            16
                        ],
                        "flops": 591872,
                        "units": 16
                    }
                },
                {
                    "label": "classifier.4.m.1.net.0",
                    "step": {
                        "kind": "call",
                        "fn": "conv_8",
                        "countAt": 4,
                        "args": [
                            6174336,
                            8192,
                            6698624,
                            2048,
                            4140832,
                            4730656,
                            0,
                            16
                        ],
                        "flops": 590336,
                        "units": 16
                    }
                },
                {
                    "label": "classifier.4.linear",
                    "step": {
                        "kind": "call",
                        "fn": "linear_9",
                        "countAt": 4,
                        "args": [
                            6698624,
                            2048,
                            6174336,
                            40,
                            4731168,
                            4736288,
                            0,
                            1
                        ],
                        "flops": 1802,
                        "units": 1
                    }
                },
                {
                    "label": "exit4",
                    "step": {
                        "kind": "exit",
                        "exit": 4,
                        "last": false,
                        "classes": 10,
                        "countAt": 4,
                        "nextCountAt": 5,
                        "thresholdAt": 203,
                        "idsIn": 7,
                        "idsOut": 71,
                        "sourceAt": 135,
                        "finalAt": 0,
                        "perExitAt": 704,
                        "logitsAt": 3520,
                        "base": 163840,
                        "stride": 10
                    }
                },
                {
                    "label": "gather67",
                    "step": {
                        "kind": "gather",
                        "countAt": 5,
                        "sourceAt": 135,
                        "perSample": 2048,
                        "from": 0,
                        "to": 163840,
                        "stride": 2560
                    }
                }
            ]
        },
        {
            "exit": 5,
            "launches": [
                {
                    "label": "scale_flows.2.5.layers.0.conv_normal.net.0",
                    "step": {
                        "kind": "call",
                        "fn": "conv_73",
                        "countAt": 5,
                        "args": [
                            6174336,
                            10240,
                            5518976,
                            1024,
                            4736336,
                            4736848,
                            0,
                            1
                        ],
                        "flops": 8448,
                        "units": 1
                    }
                },
                {
                    "label": "scale_flows.2.5.layers.0.conv_normal.net.3",
                    "step": {
                        "kind": "call",
                        "fn": "conv_70",
                        "countAt": 5,
                        "args": [
                            5518976,
                            1024,
                            6182528,
                            10240,
                            4736864,
                            4737440,
                            0,
                            1
                        ],
                        "flops": 9472,
                        "units": 1
                    }
                },
                {
                    "label": "scale_flows.2.5.layers.1.conv_normal.net.0",
                    "step": {
                        "kind": "call",
                        "fn": "conv_74",
                        "countAt": 5,
                        "args": [
                            6174336,
                            10240,
                            5518976,
                            1024,
                            4737456,
                            4738032,
                            0,
                            1
                        ],
                        "flops": 9472,
                        "units": 1
                    }
                },
                {
                    "label": "scale_flows.2.5.layers.1.conv_normal.net.3",
                    "step": {
                        "kind": "call",
                        "fn": "conv_70",
                        "countAt": 5,
                        "args": [
                            5518976,
                            1024,
                            6183552,
                            10240,
                            4738048,
                            4738624,
                            0,
                            1
                        ],
                        "flops": 9472,
                        "units": 1
                    }
                },
                {
                    "label": "classifier.5.m.0.net.0",
                    "step": {
                        "kind": "call",
                        "fn": "conv_75",
                        "countAt": 5,
                        "args": [
                            6174336,
                            10240,
                            5518976,
                            8192,
                            4738640,
                            4922960,
                            0,
                            16
                        ],
                        "flops": 739328,
                        "units": 16
                    }
                },
                {
                    "label": "classifier.5.m.1.net.0",
                    "step": {
                        "kind": "call",
                        "fn": "conv_8",
                        "countAt": 5,
                        "args": [
                            5518976,
                            8192,
                            6043264,
                            2048,
                            4923472,
                            5513296,
                            0,
                            16
                        ],
                        "flops": 590336,
                        "units": 16
                    }
                },
                {
                    "label": "classifier.5.linear",
                    "step": {
                        "kind": "call",
                        "fn": "linear_9",
                        "countAt": 5,
                        "args": [
                            6043264,
                            2048,
                            5518976,
                            40,
                            5513808,
                            5518928,
                            0,
                            1
                        ],
                        "flops": 1802,
                        "units": 1
                    }
                },
                {
                    "label": "exit5",
                    "step": {
                        "kind": "exit",
                        "exit": 5,
                        "last": true,
                        "classes": 10,
                        "countAt": 5,
                        "nextCountAt": 6,
                        "thresholdAt": 204,
                        "idsIn": 71,
                        "idsOut": 7,
                        "sourceAt": 135,
                        "finalAt": 0,
                        "perExitAt": 832,
                        "logitsAt": 4160,
                        "base": 0,
                        "stride": 10
                    }
                }
            ]
        }
    ],
};
//# sourceMappingURL=plan-wasm.js.map