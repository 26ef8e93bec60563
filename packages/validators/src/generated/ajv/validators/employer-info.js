export { validate256 as compiledEmployerInfo };
const schema65 = {"type":"object","properties":{"officialName":{"type":"string"},"employeeId":{"type":"string"},"employeeType":{"type":"string"},"dateHire":{"type":"string"}}};

function validate256(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.officialName !== undefined){
if(typeof data.officialName !== "string"){
const err0 = {instancePath:instancePath+"/officialName",schemaPath:"#/properties/officialName/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.employeeId !== undefined){
if(typeof data.employeeId !== "string"){
const err1 = {instancePath:instancePath+"/employeeId",schemaPath:"#/properties/employeeId/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.employeeType !== undefined){
if(typeof data.employeeType !== "string"){
const err2 = {instancePath:instancePath+"/employeeType",schemaPath:"#/properties/employeeType/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.dateHire !== undefined){
if(typeof data.dateHire !== "string"){
const err3 = {instancePath:instancePath+"/dateHire",schemaPath:"#/properties/dateHire/type",keyword:"type",params:{type: "string"}};
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
else {
const err4 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
validate256.errors = vErrors;
return errors === 0;
}
