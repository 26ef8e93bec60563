import { int32 as formats14 } from "../../../formats.js";
import { int64 as formats68 } from "../../../formats.js";
import { uriReference as formats8 } from "../../../formats.js";

import { compiledUserRoutingSkill as validate109 } from "./user-routing-skill.js";
export { validate231 as compiledUserSkillEntityListing };
const schema227 = {"type":"object","properties":{"pageSize":{"type":"integer","format":"int32"},"pageNumber":{"type":"integer","format":"int32"},"total":{"type":"integer","format":"int64"},"firstUri":{"type":"string","format":"uri-reference"},"nextUri":{"type":"string","format":"uri-reference"},"previousUri":{"type":"string","format":"uri-reference"},"lastUri":{"type":"string","format":"uri-reference"},"selfUri":{"type":"string","format":"uri-reference"},"pageCount":{"type":"integer","format":"int32"},"entities":{"type":"array","items":{"$ref":"#/$defs/UserRoutingSkill"}}}};

function validate231(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.pageSize !== undefined){
let data0 = data.pageSize;
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
const err0 = {instancePath:instancePath+"/pageSize",schemaPath:"#/properties/pageSize/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if((typeof data0 == "number") && (isFinite(data0))){
if(!(formats14.validate(data0))){
const err1 = {instancePath:instancePath+"/pageSize",schemaPath:"#/properties/pageSize/format",keyword:"format",params:{format: "int32"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
}
if(data.pageNumber !== undefined){
let data1 = data.pageNumber;
if(!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1)))){
const err2 = {instancePath:instancePath+"/pageNumber",schemaPath:"#/properties/pageNumber/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if((typeof data1 == "number") && (isFinite(data1))){
if(!(formats14.validate(data1))){
const err3 = {instancePath:instancePath+"/pageNumber",schemaPath:"#/properties/pageNumber/format",keyword:"format",params:{format: "int32"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
}
if(data.total !== undefined){
let data2 = data.total;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
const err4 = {instancePath:instancePath+"/total",schemaPath:"#/properties/total/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if((typeof data2 == "number") && (isFinite(data2))){
if(!(formats68.validate(data2))){
const err5 = {instancePath:instancePath+"/total",schemaPath:"#/properties/total/format",keyword:"format",params:{format: "int64"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
}
if(data.firstUri !== undefined){
let data3 = data.firstUri;
if(typeof data3 === "string"){
if(!(formats8(data3))){
const err6 = {instancePath:instancePath+"/firstUri",schemaPath:"#/properties/firstUri/format",keyword:"format",params:{format: "uri-reference"}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
else {
const err7 = {instancePath:instancePath+"/firstUri",schemaPath:"#/properties/firstUri/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.nextUri !== undefined){
let data4 = data.nextUri;
if(typeof data4 === "string"){
if(!(formats8(data4))){
const err8 = {instancePath:instancePath+"/nextUri",schemaPath:"#/properties/nextUri/format",keyword:"format",params:{format: "uri-reference"}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
else {
const err9 = {instancePath:instancePath+"/nextUri",schemaPath:"#/properties/nextUri/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.previousUri !== undefined){
let data5 = data.previousUri;
if(typeof data5 === "string"){
if(!(formats8(data5))){
const err10 = {instancePath:instancePath+"/previousUri",schemaPath:"#/properties/previousUri/format",keyword:"format",params:{format: "uri-reference"}};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
else {
const err11 = {instancePath:instancePath+"/previousUri",schemaPath:"#/properties/previousUri/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.lastUri !== undefined){
let data6 = data.lastUri;
if(typeof data6 === "string"){
if(!(formats8(data6))){
const err12 = {instancePath:instancePath+"/lastUri",schemaPath:"#/properties/lastUri/format",keyword:"format",params:{format: "uri-reference"}};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
else {
const err13 = {instancePath:instancePath+"/lastUri",schemaPath:"#/properties/lastUri/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.selfUri !== undefined){
let data7 = data.selfUri;
if(typeof data7 === "string"){
if(!(formats8(data7))){
const err14 = {instancePath:instancePath+"/selfUri",schemaPath:"#/properties/selfUri/format",keyword:"format",params:{format: "uri-reference"}};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
else {
const err15 = {instancePath:instancePath+"/selfUri",schemaPath:"#/properties/selfUri/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.pageCount !== undefined){
let data8 = data.pageCount;
if(!(((typeof data8 == "number") && (!(data8 % 1) && !isNaN(data8))) && (isFinite(data8)))){
const err16 = {instancePath:instancePath+"/pageCount",schemaPath:"#/properties/pageCount/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if((typeof data8 == "number") && (isFinite(data8))){
if(!(formats14.validate(data8))){
const err17 = {instancePath:instancePath+"/pageCount",schemaPath:"#/properties/pageCount/format",keyword:"format",params:{format: "int32"}};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
}
if(data.entities !== undefined){
let data9 = data.entities;
if(Array.isArray(data9)){
const len0 = data9.length;
for(let i0=0; i0<len0; i0++){
if(!(validate109(data9[i0], {instancePath:instancePath+"/entities/" + i0,parentData:data9,parentDataProperty:i0,rootData,dynamicAnchors}))){
if(vErrors === null){vErrors = validate109.errors;} else {for(const e of validate109.errors){vErrors.push(e);}}
errors = vErrors.length;
}
}
}
else {
const err18 = {instancePath:instancePath+"/entities",schemaPath:"#/properties/entities/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
}
else {
const err19 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
validate231.errors = vErrors;
return errors === 0;
}
